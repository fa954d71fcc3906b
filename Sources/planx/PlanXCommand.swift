import ArgumentParser

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
              1   the input could not be read or converted (the message names the file)
              64  usage error (a bad flag or argument)
            """,
        version: "planx \(PlanXVersion.string)",
        subcommands: [Extract.self, Schema.self, Validate.self],
        defaultSubcommand: nil
    )
}
