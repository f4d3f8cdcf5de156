/// The intensifiers waiting for a sentiment word: only the last few can reach one, so they
/// are kept inline (no allocation per unit); the oldest goes when a fifth comes.
struct Intensifiers {
    struct Modifier {
        var intensity: Float
        /// How many words of the unit came before it.
        var word: Int
        var token: Int
    }

    private var a = Modifier(intensity: 0, word: 0, token: 0), b = Modifier(intensity: 0, word: 0, token: 0)
    private var c = Modifier(intensity: 0, word: 0, token: 0), d = Modifier(intensity: 0, word: 0, token: 0)
    private(set) var count = 0

    mutating func append(_ intensity: Float, word: Int, token: Int) {
        let modifier = Modifier(intensity: intensity, word: word, token: token)
        switch count {
        case 0: a = modifier
        case 1: b = modifier
        case 2: c = modifier
        case 3: d = modifier
        default:
            (a, b, c, d) = (b, c, d, modifier)
            return
        }
        count += 1
    }

    mutating func removeAll() { count = 0 }

    subscript(index: Int) -> Modifier {
        switch index {
        case 0: return a
        case 1: return b
        case 2: return c
        default: return d
        }
    }
}
