/// Writes a `PlanDocument` as the JSON contract, keys in the contract's order.
enum JSONWriter {
    static func write(_ doc: PlanDocument, pretty: Bool) -> [UInt8] {
        var out = JSONOutput(pretty: pretty, reserve: doc.source.bytes * 2 + 1024)
        out.beginObject()
        out.key("planx_version"); out.string(doc.planxVersion)
        out.key("schema_version"); out.int(doc.schemaVersion)
        out.key("source"); writeSource(doc.source, &out)
        out.key("metadata"); writeMetadata(doc.metadata, &out)
        out.key("outline"); out.beginArray(); for s in doc.outline { writeSection(s, &out) }; out.endArray()
        out.key("tables"); out.beginArray(); for t in doc.tables { writeTable(t, &out) }; out.endArray()
        out.key("tasks"); out.beginArray(); for t in doc.tasks { TaskJSON.write(t, &out) }; out.endArray()
        out.key("citations"); out.beginArray()
        for c in doc.citations {
            out.beginObject()
            out.key("kind"); out.string(c.kind)
            out.key("number"); out.string(c.number)
            out.key("issuer"); out.string(c.issuer)
            out.key("date"); out.string(c.date)
            out.key("line"); out.int(c.line)
            out.endObject()
        }
        out.endArray()
        out.key("abbreviations"); out.beginArray()
        for a in doc.abbreviations {
            out.beginObject()
            out.key("short"); out.string(a.short)
            out.key("long"); out.string(a.long)
            out.key("line"); out.int(a.line)
            out.endObject()
        }
        out.endArray()
        out.key("footnotes"); out.beginArray()
        for f in doc.footnotes {
            out.beginObject()
            out.key("marker"); out.string(f.marker)
            out.key("text"); out.string(f.text)
            out.key("line"); out.int(f.line)
            out.endObject()
        }
        out.endArray()
        out.key("regions"); out.beginArray()
        for b in doc.regions {
            out.beginObject()
            out.key("kind"); out.string(b.kind)
            out.key("span"); writeSpan(b.span, &out)
            out.endObject()
        }
        out.endArray()
        out.key("diagnostics"); out.beginArray()
        for d in doc.diagnostics {
            out.beginObject()
            out.key("severity"); out.string(d.severity.rawValue)
            out.key("code"); out.string(d.code)
            out.key("message"); out.string(d.message)
            out.key("line"); out.int(d.line)
            out.endObject()
        }
        out.endArray()
        out.endObject()
        return out.finish()
    }

    static func writeSpan(_ span: Span, _ out: inout JSONOutput) {
        out.beginObject()
        out.key("start_line"); out.int(span.startLine)
        out.key("end_line"); out.int(span.endLine)
        out.endObject()
    }

    private static func writeSource(_ s: SourceInfo, _ out: inout JSONOutput) {
        out.beginObject()
        out.key("name"); out.string(s.name)
        out.key("format"); out.string(s.format)
        out.key("encoding"); out.string(s.encoding)
        out.key("sha256"); out.string(s.sha256)
        out.key("bytes"); out.int(s.bytes)
        out.key("lines"); out.int(s.lines)
        out.endObject()
    }

    private static func writeMetadata(_ m: Metadata, _ out: inout JSONOutput) {
        out.beginObject()
        out.key("number"); out.string(m.number)
        out.key("type"); out.string(m.type)
        out.key("issuer"); out.string(m.issuer)
        out.key("province"); out.string(m.province)
        out.key("place"); out.string(m.place)
        out.key("issued"); out.string(m.issued)
        out.key("title"); out.string(m.title)
        out.key("signer")
        if let s = m.signer {
            out.beginObject()
            out.key("name"); out.string(s.name)
            out.key("title"); out.string(s.title)
            out.key("authority"); out.string(s.authority)
            out.endObject()
        } else { out.null() }
        out.key("field"); out.string(m.field)
        out.key("bases"); out.strings(m.bases)
        out.key("plan")
        if let p = m.plan {
            out.beginObject()
            out.key("type"); out.string(p.type)
            out.key("title"); out.string(p.title)
            out.key("number"); out.string(p.number)
            out.key("issued"); out.string(p.issued)
            out.key("line"); out.int(p.line)
            out.endObject()
        } else { out.null() }
        out.key("lines"); out.beginObject()
        for (k, v) in m.lines.sorted(by: { $0.key < $1.key }) { out.key(escaping: k); out.int(v) }
        out.endObject()
        out.endObject()
    }

    private static func writeSection(_ s: Section, _ out: inout JSONOutput) {
        out.beginObject()
        out.key("marker"); out.string(s.marker)
        out.key("scheme"); out.string(s.scheme.rawValue)
        out.key("level"); out.int(s.level)
        out.key("title"); out.string(s.title)
        out.key("line"); out.int(s.line)
        out.key("span"); writeSpan(s.span, &out)
        out.key("heading_span"); writeSpan(s.headingSpan, &out)
        out.key("blocks"); out.beginArray(); for b in s.blocks { writeBlock(b, &out) }; out.endArray()
        out.key("children"); out.beginArray(); for c in s.children { writeSection(c, &out) }; out.endArray()
        out.endObject()
    }

    private static func writeBlock(_ b: Block, _ out: inout JSONOutput) {
        out.beginObject()
        out.key("kind"); out.string(b.kind.rawValue)
        out.key("marker"); out.string(b.marker)
        out.key("text"); out.string(b.text)
        out.key("line"); out.int(b.line)
        if b.endLine > b.line { out.key("end_line"); out.int(b.endLine) }
        if let t = b.table { out.key("table"); out.int(t) }
        out.key("children"); out.beginArray(); for c in b.children { writeBlock(c, &out) }; out.endArray()
        out.endObject()
    }

    private static func writeTable(_ t: Table, _ out: inout JSONOutput) {
        out.beginObject()
        out.key("id"); out.string(t.id)
        out.key("title"); out.string(t.title)
        out.key("caption"); out.string(t.caption)
        out.key("kind"); out.string(t.kind)
        out.key("dialect"); out.string(t.dialect)
        out.key("span"); writeSpan(t.span, &out)
        out.key("columns"); out.beginArray()
        for c in t.columns {
            out.beginObject()
            out.key("header"); out.string(c.header)
            out.key("field"); out.string(c.field)
            out.endObject()
        }
        out.endArray()
        out.key("rows"); out.beginArray()
        for r in t.rows {
            out.beginObject()
            out.key("kind"); out.string(r.kind)
            out.key("line"); out.int(r.line)
            out.key("stt"); out.string(r.stt)
            out.key("cells"); out.strings(r.cells)
            if let c = r.continues { out.key("continues"); out.int(c) }
            out.endObject()
        }
        out.endArray()
        out.endObject()
    }
}
