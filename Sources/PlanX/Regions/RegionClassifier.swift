/// STUB (regions helper replaces): assigns roles to blocks.
enum RegionClassifier {
    static func classify(_ blocks: inout [SourceBlock]) -> [Diagnostic] { [] }
}
