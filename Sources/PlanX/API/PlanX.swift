import Foundation

/// The one entry point of the library: bytes in, `PlanDocument` out.
///
/// Stages run in one direction and are pure functions of their input:
/// Input → Reader → Regions → Outline → Tables → Metadata → Tasks.
/// Nothing here prints, exits or touches files; the CLI does that.
public enum PlanX {
    /// The planx release, stamped into every output.
    public static let version = "0.1.0"
    /// The JSON contract's version (`schemas/planx-document.schema.json`).
    public static let schemaVersion = 1

    /// Reads one document.
    ///
    /// - Parameters:
    ///   - data: the file's bytes, any supported encoding.
    ///   - name: the name recorded in `source.name` (a path or `-`).
    ///   - options: format override and limits.
    /// - Returns: everything planx understood, with `diagnostics` for what it did not.
    /// - Throws: `PlanXError` when no document can be produced at all (binary data, too big).
    public static func extract(_ data: Data, name: String, options: ExtractOptions = ExtractOptions()) throws -> PlanDocument {
        if data.count > options.maxBytes { throw PlanXError.tooLarge(name: name, bytes: data.count, limit: options.maxBytes) }
        if let kind = BinarySniffer.binaryKind(of: data) { throw PlanXError.binaryInput(name: name, kind: kind) }
        let decoded = try InputDecoder.decode(data)
        if decoded.lines.allSatisfy({ $0.unicodeScalars.allSatisfy { $0.properties.isWhitespace || $0 == "\u{FEFF}" } }) {
            throw PlanXError.emptyInput(name: name)
        }
        let format = options.format ?? FormatDetector.detect(name: name, lines: decoded.lines)
        guard let reader = ReaderRegistry.reader(for: format) else { throw PlanXError.unknownFormat(format) }

        var diagnostics = decoded.diagnostics
        var read = reader.read(decoded)
        diagnostics += read.diagnostics
        diagnostics += RegionClassifier.classify(&read.blocks)
        let outline = OutlineBuilder.build(read.blocks)
        diagnostics += outline.diagnostics
        let tables = TableBuilder.build(read.blocks)
        diagnostics += tables.diagnostics
        let meta = MetadataExtractor.extract(read.blocks, outline: outline.sections)
        diagnostics += meta.diagnostics
        let tasks = TaskBuilder.build(tables.tables, metadata: meta.metadata)
        diagnostics += tasks.diagnostics

        var document = PlanDocument(
            source: SourceInfo(
                name: name, format: format, encoding: decoded.encoding, sha256: decoded.sha256,
                bytes: decoded.byteCount, lines: decoded.lines.count),
            metadata: meta.metadata, outline: outline.sections, tables: tables.tables, tasks: tasks.tasks,
            citations: meta.citations, abbreviations: meta.abbreviations, footnotes: meta.footnotes,
            regions: RegionCollector.collect(read.blocks))
        document.diagnostics = diagnostics.sorted { ($0.line ?? 0, $0.code) < ($1.line ?? 0, $1.code) }
        return document
    }
}

/// Choices the caller can make about one extraction.
public struct ExtractOptions: Sendable {
    /// `text` or `html`; nil detects from the name and the content.
    public var format: String?
    /// Inputs larger than this are refused with `PlanXError.tooLarge`.
    public var maxBytes: Int
    public init(format: String? = nil, maxBytes: Int = 256 << 20) {
        self.format = format
        self.maxBytes = maxBytes
    }
}
