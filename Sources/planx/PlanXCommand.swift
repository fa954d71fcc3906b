import ArgumentParser
import Foundation

/// `planx`: turns Vietnamese government plan documents into structured JSON.
@main
struct PlanXCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "planx",
        abstract: "Turn Vietnamese government plan documents (Kế hoạch, Quyết định, Chương trình hành động) into typed JSON.",
        discussion: """
            planx reads a plan downloaded as text or HTML and writes its identity, outline, tables and \
            tasks as JSON (schema: `planx schema`). Every value carries the source line it came from; \
            what planx is unsure of is listed under "diagnostics".

            Exit codes:
              0   success
              1   an input could not be read or converted (the message names the file)
              2   usage error (a bad flag or argument)
            """,
        version: "planx \(PlanXVersion.string)",
        subcommands: [Extract.self, Batch.self, Schema.self, Validate.self, Dump.self]
    )

    /// Runs the command; user-facing failures print `planx: message` and exit 1, usage errors exit 2.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let error as CLIError {
            Console.error("planx: \(error.description)")
            Foundation.exit(1)
        } catch {
            let code = exitCode(for: error)
            if code == .validationFailure {
                Console.error(fullMessage(for: error))
                Console.error("Run 'planx --help' for usage.")
                Foundation.exit(2)
            }
            exit(withError: error)
        }
    }
}
