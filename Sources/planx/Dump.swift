import ArgumentParser
import Foundation
import PlanX

/// `planx dump`: intermediate stages, for debugging planx itself (hidden from the main help).
struct Dump: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Show what an intermediate stage made of a document (for developing planx).",
        shouldDisplay: false)

    @Argument(help: "The document to read.")
    var input: String

    @Flag(name: .customLong("blocks"), help: "The reader's blocks with the roles the Regions stage gave them.")
    var blocks = false

    @Flag(name: .customLong("html-grids"), help: "Every HTML table as an expanded grid, as JSON.")
    var htmlGrids = false

    func run() throws {
        let (data, name) = try InputFile.read(input)
        if htmlGrids {
            let grids = try PlanXDebug.htmlTableGrids(data)
            FileHandle.standardOutput.write(try JSONSerialization.data(withJSONObject: grids))
            return
        }
        FileHandle.standardOutput.write(Data((try PlanXDebug.blockListing(data, name: name) + "\n").utf8))
    }

}
