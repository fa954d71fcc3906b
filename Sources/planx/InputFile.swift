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

/// Writes bytes to a file atomically (temporary file + rename) or to standard output,
/// straight from the buffer (no copy into `Data`: outputs can be several times the input).
enum OutputFile {
    static func write(_ bytes: [UInt8], to path: String?) throws {
        guard let path, path != "-" else {
            _ = writeAll(bytes, fd: STDOUT_FILENO)
            return
        }
        try AtomicFile.write(bytes, path: path, temp: path + ".planx-tmp-\(getpid())")
    }

    /// Writes every byte, retrying short writes; false on an error.
    static func writeAll(_ bytes: [UInt8], fd: Int32) -> Bool {
        bytes.withUnsafeBytes { raw in
            var offset = 0
            while offset < raw.count {
                let n = Foundation.write(fd, raw.baseAddress! + offset, raw.count - offset)
                if n < 0 { if errno == EINTR { continue }; return false }
                offset += n
            }
            return true
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
