import Foundation
import NoticeImport

/// libFuzzer's entry point: any bytes at all must import or be refused with a
/// `NoticeImportError`, never crash, hang or trip a sanitizer. Built with
/// `-sanitize=fuzzer -DFUZZING` by scripts/fuzz; libFuzzer supplies `main`.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzImporter(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let data = Data(bytes: bytes, count: count)
    if let plan = try? NoticeImporter.importNotice(data: data) {
        // Exercise the plan file too: whatever imports must also encode.
        _ = try? PlanFile.encode(plan, as: .yaml)
    }
    return 0
}

#if FUZZING
/// SwiftPM links an executable target with `main` aliased to `<module>_main`;
/// here that hands over to libFuzzer's driver, which parses its own flags.
@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: @convention(c) (UnsafePointer<UInt8>, Int) -> CInt
) -> CInt

@_cdecl("ImporterFuzzer_main")
public func fuzzerMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var count = argc
    var arguments = argv
    return LLVMFuzzerRunDriver(&count, &arguments) { fuzzImporter($0, $1) }
}
#else
/// Without the fuzzer the same target replays a corpus: every file named on the
/// command line is imported once, so a crash found by fuzzing can be rerun in a
/// debugger or a plain build.
@main
struct CorpusReplay {
    static func main() {
        var imported = 0, refused = 0
        for path in CommandLine.arguments.dropFirst() {
            guard let data = FileManager.default.contents(atPath: path) else { continue }
            do {
                _ = try NoticeImporter.importNotice(data: data)
                imported += 1
            } catch {
                refused += 1
            }
        }
        print("replayed \(imported + refused) inputs: \(imported) imported, \(refused) refused")
    }
}
#endif
