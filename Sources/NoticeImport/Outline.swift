/// The numbered structure of a notice: 一、 > (一) > 1. > (1). Real notices run
/// headings into the text (a web page flattens paragraphs, so "三、改革项目和责任
/// 分解(一)牵头改革项目(4项)1.深化…" is one line), so markers are found inside
/// lines, and accepted only where a heading can stand and where the numbering
/// expects them; a "1." elsewhere in a sentence is text.
struct Outline {
    enum Rank: Int, Comparable, CaseIterable {
        case chapter = 1   // 一、
        case section       // (一)
        case item          // 1.
        case subItem       // (1)
        case circled       // ①

        static func < (a: Rank, b: Rank) -> Bool { a.rawValue < b.rawValue }

        var marker: String {
            switch self {
            case .chapter: "一、"
            case .section: "(一)"
            case .item: "1."
            case .subItem: "(1)"
            case .circled: "①"
            }
        }
    }

    struct Node {
        var rank: Rank
        var number: Int
        var markerStart: Int
        var contentStart: Int
        /// End of the node and everything beneath it.
        var end: Int
        var parent: Int?
        var children: [Int] = []

        /// The node's own text: up to its first child.
        func ownRange(in outline: Outline) -> Range<Int> {
            contentStart..<(children.first.map { outline.nodes[$0].markerStart } ?? end)
        }
    }

    var nodes: [Node] = []
    /// Top-level nodes in order.
    var roots: [Int] = []
    /// Text before the first marker.
    var preamble: Range<Int>

    func descendants(of index: Int) -> [Int] {
        nodes[index].children.flatMap { [$0] + descendants(of: $0) }
    }

    /// Text of the node and its children, without its marker.
    func fullRange(_ index: Int) -> Range<Int> { nodes[index].contentStart..<nodes[index].end }
}
