/// STUB (tasks come with issue 3).
enum TaskBuilder {
    struct Result { var tasks: [Task]; var diagnostics: [Diagnostic] }
    static func build(_ tables: [Table], metadata: Metadata) -> Result { Result(tasks: [], diagnostics: []) }
}
