import ArgumentParser
import Foundation
import PlanX

/// `planx schema`: prints the JSON Schema of planx's output.
struct Schema: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print the JSON Schema (2020-12) that every planx JSON document conforms to.")

    func run() throws {
        FileHandle.standardOutput.write(Data(PlanXSchema.text.utf8))
    }
}
