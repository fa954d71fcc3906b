/// JSON form of one `Task`, shared by the document writer and the JSON Lines writer.
enum TaskJSON {
    static func write(_ t: Task, _ out: inout JSONOutput) {
        out.beginObject()
        out.key("id"); out.string(t.id)
        out.key("table"); out.int(t.table)
        out.key("line"); out.int(t.line)
        out.key("stt"); out.string(t.stt)
        out.key("groups"); out.beginArray()
        for g in t.groups {
            out.beginObject()
            out.key("stt"); out.string(g.stt)
            out.key("title"); out.string(g.title)
            out.endObject()
        }
        out.endArray()
        out.key("objective"); out.string(t.objective)
        out.key("task"); out.string(t.task)
        out.key("activity"); out.string(t.activity)
        out.key("outputs"); out.strings(t.outputs)
        out.key("lead"); writeAgencies(t.lead, &out)
        out.key("partners"); writeAgencies(t.partners, &out)
        out.key("deadline"); writeDeadline(t.deadline, &out)
        out.key("budget")
        if let b = t.budget {
            out.beginObject()
            out.key("text"); out.string(b.text)
            out.key("sources"); out.strings(b.sources)
            out.endObject()
        } else { out.null() }
        out.key("notes"); out.string(t.notes)
        out.key("scores")
        if let s = t.scores {
            out.beginObject()
            out.key("max"); out.double(s.max)
            out.key("prior"); out.double(s.prior)
            out.key("target"); out.double(s.target)
            out.endObject()
        } else { out.null() }
        out.key("extra"); out.beginObject()
        for (k, v) in t.extra.sorted(by: { $0.key < $1.key }) { out.key(escaping: k); out.string(v) }
        out.endObject()
        out.endObject()
    }

    static func writeAgencies(_ list: [Agency], _ out: inout JSONOutput) {
        out.beginArray()
        for a in list {
            out.beginObject()
            out.key("name"); out.string(a.name)
            out.key("text"); out.string(a.text)
            out.key("kind"); out.string(a.kind)
            out.key("note"); out.string(a.note)
            out.endObject()
        }
        out.endArray()
    }

    static func writeDeadline(_ d: Deadline?, _ out: inout JSONOutput) {
        guard let d else { out.null(); return }
        out.beginObject()
        out.key("text"); out.string(d.text)
        out.key("kind"); out.string(d.kind.rawValue)
        out.key("start"); out.string(d.start)
        out.key("end"); out.string(d.end)
        out.key("recurrence")
        if let r = d.recurrence {
            out.beginObject()
            out.key("freq"); out.string(r.freq)
            out.key("month"); out.int(r.month)
            out.key("quarter"); out.int(r.quarter)
            out.key("day"); out.int(r.day)
            out.endObject()
        } else { out.null() }
        out.key("event"); out.string(d.event)
        out.key("parts")
        if let parts = d.parts {
            out.beginArray(); for p in parts { writeDeadline(p, &out) }; out.endArray()
        } else { out.null() }
        out.key("note"); out.string(d.note)
        out.endObject()
    }
}
