import ArgumentParser
import Foundation
import PlanX

/// `planx extract FILE`: one document to JSON, JSON Lines or CSV.
struct Extract: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Convert one document to JSON (default), JSON Lines of tasks, or CSV of tasks.",
        discussion: """
            Reads FILE (or standard input when FILE is '-' or absent) and writes the result to \
            standard output, or to OUT with -o. Nothing but the result is written to standard output; \
            warnings go to standard error with --verbose.

            Examples:
              planx extract plan.txt > plan.json
              planx extract plan.html --format csv -o tasks.csv
              cat plan.txt | planx extract - --compact
            """)

    @Argument(help: "The document to read: a .txt, .md, .html or .htm file, or '-' for standard input.")
    var input: String = "-"

    @Option(name: .shortAndLong, help: "Write the result to this file instead of standard output.")
    var output: String?

    @Option(name: .shortAndLong, help: "Output format: json (the whole document), jsonl (one task per line) or csv (tasks, UTF-8 with BOM).")
    var format: OutputFormatArgument = .json

    @Option(name: .customLong("input-format"), help: "Read the input as 'text' or 'html' instead of guessing from the name and content.")
    var inputFormat: String?

    @Flag(help: "Write JSON on one line instead of indented.")
    var compact = false

    @Flag(name: .shortAndLong, help: "Print the document's diagnostics to standard error.")
    var verbose = false

    func validate() throws {
        if let inputFormat, !["text", "html"].contains(inputFormat) {
            throw ValidationError("--input-format must be 'text' or 'html', not '\(inputFormat)'.")
        }
    }

    func run() throws {
        let (data, name) = try InputFile.read(input)
        let document: PlanDocument
        do {
            document = try PlanX.extract(data, name: name, options: ExtractOptions(format: inputFormat))
        } catch let error as PlanXError {
            throw CLIError(error.description)
        }
        if verbose {
            for d in document.diagnostics {
                Console.error("\(name):\(d.line.map(String.init) ?? "-"): \(d.severity.rawValue): \(d.message) [\(d.code)]")
            }
        }
        try OutputFile.write(PlanX.render(document, as: format.value, pretty: !compact), to: output)
    }
}

/// `--format` values.
enum OutputFormatArgument: String, ExpressibleByArgument, CaseIterable {
    case json, jsonl, csv
    var value: OutputFormat { OutputFormat(rawValue: rawValue)! }
}
