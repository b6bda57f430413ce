import ArgumentParser

@main
struct Luoshi: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "luoshi",
        abstract: "落实 Luoshi: an issued work plan, tracked to the end.",
        subcommands: [ImportCommand.self, LoadCommand.self, DivisionsCommand.self, TableCommand.self, ExportCommand.self, PlansCommand.self,
                      MigrateCommand.self, DemoCommand.self, ServeCommand.self, UserCommand.self, TokenCommand.self, AuditCommand.self,
                      BulletinCommand.self, SummaryCommand.self, AssessCommand.self, ChannelsCommand.self, MessagesCommand.self,
                      RemindCommand.self, BenchCommand.self])
}
