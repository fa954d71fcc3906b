import Foundation

/// Reads a named file or standard input, turning failures into messages that name the file.
enum InputFile {
    static func read(_ path: String) throws -> (Data, String) {
        if path == "-" {
            return (FileHandle.standardInput.readDataToEndOfFile(), "-")
        }
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir) else {
            throw CLIError("\(path): no such file")
        }
        if isDir.boolValue { throw CLIError("\(path): is a folder, not a file (use 'planx batch' for folders)") }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw CLIError("\(path): cannot be read (permission denied?)")
        }
        return (data, path)
    }
}

/// Writes bytes to a file atomically (temporary file + rename) or to standard output.
enum OutputFile {
    static func write(_ bytes: [UInt8], to path: String?) throws {
        guard let path, path != "-" else {
            FileHandle.standardOutput.write(Data(bytes))
            return
        }
        let url = URL(fileURLWithPath: path)
        do {
            try Data(bytes).write(to: url, options: .atomic)
        } catch {
            throw CLIError("\(path): cannot write the output (\(error.localizedDescription))")
        }
    }
}

/// A failure the user should read: printed as `planx: message`, exit code 1.
struct CLIError: Error, CustomStringConvertible {
    let description: String
    init(_ message: String) { description = message }
}

/// Writes lines to standard error.
enum Console {
    static func error(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }
}

extension Console {
    /// Writes text to standard error without adding a newline.
    static func raw(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }
}
