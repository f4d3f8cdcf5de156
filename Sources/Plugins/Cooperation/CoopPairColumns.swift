import Workbench

/// The `cooperates-on` edges as columns: one edge per pair of partners of a tag, and the
/// tag's attributes (area, passage, date) and evidence (its passage) stored once per tag. A
/// UN speech naming 30 countries makes 435 pairs: on 100,000 documents that is millions of
/// edges, which as `Edge` values (a dictionary and a span each) took gigabytes and minutes
/// to save.
struct CoopPairColumns: EdgeColumns {
    let kind: Kind = "cooperates-on"
    private(set) var sources: [Int] = []
    private(set) var targets: [Int] = []
    private(set) var tagOfEdge: [Int32] = []
    private(set) var attributeSets: [[String: Value]] = []
    private var passages: [Span] = []

    var count: Int { sources.count }

    func endpoints(at index: Int) -> (from: NodeID, to: NodeID) { (NodeID(sources[index]), NodeID(targets[index])) }

    func evidence(at index: Int) -> [Span] { [passages[Int(tagOfEdge[index])]] }

    func attributeSet(at index: Int) -> Int { Int(tagOfEdge[index]) }

    /// An edge between every two of `partners`, in order, for one tag.
    mutating func addPairs(_ partners: [NodeID], attributes: [String: Value], passage: Span) {
        guard partners.count >= 2 else { return }
        let tag = Int32(attributeSets.count)
        attributeSets.append(attributes)
        passages.append(passage)
        for i in partners.indices {
            for j in partners.indices where j > i {
                sources.append(partners[i].raw)
                targets.append(partners[j].raw)
                tagOfEdge.append(tag)
            }
        }
    }
}
