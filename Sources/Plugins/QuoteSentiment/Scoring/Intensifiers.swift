/// The intensifiers waiting for a sentiment word: only the last few can reach one, so they
/// are kept inline (no allocation per unit).
struct Intensifiers {
    typealias Modifier = (intensity: Float, word: Int, token: Int)
    private var slots: (Modifier, Modifier, Modifier, Modifier) = ((0, 0, 0), (0, 0, 0), (0, 0, 0), (0, 0, 0))
    private var count = 0

    mutating func append(_ modifier: Modifier) {
        if count == 4 {
            slots = (slots.1, slots.2, slots.3, modifier)
            return
        }
        switch count {
        case 0: slots.0 = modifier
        case 1: slots.1 = modifier
        case 2: slots.2 = modifier
        default: slots.3 = modifier
        }
        count += 1
    }

    mutating func removeAll() { count = 0 }

    var all: [Modifier] {
        switch count {
        case 0: return []
        case 1: return [slots.0]
        case 2: return [slots.0, slots.1]
        case 3: return [slots.0, slots.1, slots.2]
        default: return [slots.0, slots.1, slots.2, slots.3]
        }
    }

    var isEmpty: Bool { count == 0 }
}
