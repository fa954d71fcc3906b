import Foundation
import PlanX
#if FUZZING
import CFuzzDriver
#endif

/// Feeds arbitrary bytes to the whole pipeline as HTML. Any crash, trap or sanitizer report is a bug.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let data else { return 0 }
    let bytes = Data(UnsafeBufferPointer(start: data, count: size))
    if let document = try? PlanX.extract(bytes, name: "fuzz.html", options: ExtractOptions(format: "html")) {
        _ = PlanX.render(document)
    }
    return 0
}

/// With `-DFUZZING` (and `-sanitize=fuzzer`): runs libFuzzer. Without: replays the files named on
/// the command line, so saved crashers can be re-run in an ordinary build.
@main
enum FuzzHTML {
    static func main() {
        #if FUZZING
        var argc = CommandLine.argc
        var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
        exit(LLVMFuzzerRunDriver(&argc, &argv) { data, size in fuzzOneInput(data, size) })
        #else
        for path in CommandLine.arguments.dropFirst() {
            guard let data = FileManager.default.contents(atPath: path) else { continue }
            _ = data.withUnsafeBytes { fuzzOneInput($0.bindMemory(to: UInt8.self).baseAddress, data.count) }
            print("replayed \(path)")
        }
        #endif
    }
}
