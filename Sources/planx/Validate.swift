import ArgumentParser
import Foundation
import PlanX

/// `planx validate FILE.json`: checks a JSON document against the schema.
struct Validate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check that a JSON file conforms to planx's schema; lists every violation with its JSON path.",
        discussion: "Exit code 0 when the file is valid, 1 when it is not or cannot be read.")

    @Argument(help: "The JSON file to check, or '-' for standard input.")
    var file: String

    func run() throws {
        let (data, name) = try InputFile.read(file)
        let problems: [String]
        do {
            problems = try PlanXSchema.validate(data)
        } catch {
            throw CLIError("\(name): not valid JSON (\(error))")
        }
        if problems.isEmpty {
            Console.error("\(name): valid")
        } else {
            for p in problems { Console.error("\(name): \(p)") }
            throw ExitCode.failure
        }
    }
}
