import ArgumentParser

@main
struct Luoshi: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "luoshi", abstract: "落实: an issued work plan, tracked to the end.")
}
