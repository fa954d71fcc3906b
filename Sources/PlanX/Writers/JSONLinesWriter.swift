/// Writes each task as one compact JSON object per line (JSON Lines).
enum JSONLinesWriter {
    static func write(_ doc: PlanDocument) -> [UInt8] {
        var bytes: [UInt8] = []
        for task in doc.tasks {
            var out = JSONOutput(pretty: false, reserve: 512)
            TaskJSON.write(task, &out)
            bytes += out.finish()  // ends with the line break
        }
        return bytes
    }
}
