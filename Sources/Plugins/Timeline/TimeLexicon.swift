import Workbench

/// The time words of one token layer: a `TimeWord` for every normalised-form id, so that the
/// matcher's hot loop is an array read per token and never compares strings.
struct TimeLexicon: Sendable {
    private let words: [TimeWord]

    init(_ tokens: TokenLayer) {
        let count = tokens.normalizedForms.count
        var words = [TimeWord](repeating: .none, count: count)
        // Regular past forms: words ending in `-ed` (not `-eed`: `need`, `indeed`).
        let pastForm = TimeWord(kind: .tense, value: 1)
        for id in 0..<count {
            let bytes = tokens.normalizedForms.utf8(Int32(id))
            guard bytes.count >= 5, let last = bytes.last, last == 100 else { continue }
            let e = bytes[bytes.endIndex - 2], before = bytes[bytes.endIndex - 3]
            if e == 101 && before != 101 && bytes.first.map({ $0 >= 97 && $0 <= 122 }) == true { words[id] = pastForm }
        }
        for (form, word) in TimeLexicon.entries {
            if let id = tokens.normalizedID(of: form) { words[Int(id)] = word }
        }
        self.words = words
    }

    @inline(__always)
    subscript(_ id: Int32) -> TimeWord {
        let i = Int(id)
        return i >= 0 && i < words.count ? words[i] : .none
    }

    /// Every time word and what it means.
    static let entries: [(String, TimeWord)] = {
        var e: [(String, TimeWord)] = []
        func add(_ forms: [String], _ kind: TimeWord.Kind, _ value: Int16) {
            for form in forms { e.append((form, TimeWord(kind: kind, value: value))) }
        }
        // Full names: 1…12; dotted abbreviations: +20; undotted ones (`Jan`, also a name): +40.
        let months: [[String]] = [
            ["january", "jan.", "jan"], ["february", "feb.", "feb"], ["march", "mar."], ["april", "apr.", "apr"],
            ["may"], ["june", "jun.", "jun"], ["july", "jul.", "jul"], ["august", "aug.", "aug"],
            ["september", "sept.", "sept"], ["october", "oct.", "oct"], ["november", "nov.", "nov"],
            ["december", "dec.", "dec"],
        ]
        for (i, forms) in months.enumerated() {
            for (k, form) in forms.enumerated() { add([form], .month, Int16(i + 1 + 20 * k)) }
        }
        add(["sep."], .month, 29)
        let days: [[String]] = [
            ["monday", "mon."], ["tuesday", "tues.", "tue."], ["wednesday", "wed."], ["thursday", "thurs.", "thu.", "thur."],
            ["friday", "fri."], ["saturday", "sat."], ["sunday", "sun."],
        ]
        for (i, forms) in days.enumerated() { add(forms, .weekday, Int16(i + 1)) }
        let units: [(TimeUnit, String, String)] = [
            (.second, "second", "seconds"), (.minute, "minute", "minutes"), (.hour, "hour", "hours"), (.day, "day", "days"),
            (.week, "week", "weeks"), (.month, "month", "months"), (.quarter, "quarter", "quarters"), (.year, "year", "years"),
            (.decade, "decade", "decades"), (.century, "century", "centuries"), (.weekend, "weekend", "weekends"),
            (.fortnight, "fortnight", "fortnights"),
        ]
        for (unit, singular, plural) in units {
            add([singular], .unit, unit.rawValue)
            add([plural], .unit, unit.rawValue + 100)
        }
        add(["hrs", "hr"], .unit, TimeUnit.hour.rawValue + 100)
        add(["mins"], .unit, TimeUnit.minute.rawValue + 100)
        add(["yrs"], .unit, TimeUnit.year.rawValue + 100)
        let numbers = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
                       "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
        for (i, word) in numbers.enumerated() { add([word], .numberWord, Int16(i + 1)) }
        add(["a", "an"], .numberWord, 1)
        let tens = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
        for (i, word) in tens.enumerated() { add([word], .tens, Int16((i + 2) * 10)) }
        let ordinals = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
                        "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
                        "eighteenth", "nineteenth", "twentieth"]
        for (i, word) in ordinals.enumerated() { add([word], .ordinal, Int16(i + 1)) }
        add(["yesterday"], .dayWord, -1)
        add(["today"], .dayWord, 0)
        add(["tomorrow"], .dayWord, 1)
        add(["tonight"], .dayWord, 10)
        add(["morning", "mornings"], .partOfDay, PartOfDay.morning.rawValue)
        add(["afternoon", "afternoons"], .partOfDay, PartOfDay.afternoon.rawValue)
        add(["evening", "evenings"], .partOfDay, PartOfDay.evening.rawValue)
        add(["night", "nights"], .partOfDay, PartOfDay.night.rawValue)
        add(["noon", "midday"], .partOfDay, PartOfDay.noon.rawValue)
        add(["midnight"], .partOfDay, PartOfDay.midnight.rawValue)
        add(["overnight"], .partOfDay, PartOfDay.overnight.rawValue)
        add(["spring"], .season, 1)
        add(["summer"], .season, 2)
        add(["autumn", "fall"], .season, 3)
        add(["winter"], .season, 4)
        add(["annually", "yearly"], .setAdverb, TimeUnit.year.rawValue)
        add(["daily", "nightly"], .setAdverb, TimeUnit.day.rawValue)
        add(["weekly"], .setAdverb, TimeUnit.week.rawValue)
        add(["monthly"], .setAdverb, TimeUnit.month.rawValue)
        add(["hourly"], .setAdverb, TimeUnit.hour.rawValue)
        add(["christmas"], .holiday, Holiday.christmas.rawValue)
        add(["thanksgiving"], .holiday, Holiday.thanksgiving.rawValue)
        add(["halloween"], .holiday, Holiday.halloween.rawValue)
        add(["election"], .holiday, Holiday.election.rawValue)
        add(["independence"], .holiday, Holiday.independence.rawValue)
        add(["labor", "labour"], .holiday, Holiday.labor.rawValue)
        add(["memorial"], .holiday, Holiday.memorial.rawValue)
        add(["a.m.", "am", "a.m"], .meridiem, 1)
        add(["p.m.", "pm", "p.m"], .meridiem, 2)
        let cues: [(String, Cue)] = [
            ("the", .the), ("this", .this), ("last", .last), ("next", .next), ("past", .past), ("coming", .coming),
            ("previous", .previous), ("following", .following), ("ago", .ago), ("earlier", .earlier), ("later", .later),
            ("before", .before), ("after", .after), ("early", .early), ("late", .late), ("mid", .mid),
            ("middle", .middle), ("end", .end), ("beginning", .beginning), ("start", .start), ("of", .of), ("and", .and),
            ("or", .or), ("so", .so), ("than", .than), ("more", .more), ("less", .less), ("least", .least), ("at", .at),
            ("over", .over), ("under", .under), ("about", .about), ("around", .around), ("nearly", .nearly),
            ("almost", .almost), ("approximately", .approximately), ("roughly", .roughly), ("some", .some), ("up", .up),
            ("to", .to), ("within", .within), ("beyond", .beyond), ("every", .every), ("each", .each), ("per", .per),
            ("fiscal", .fiscal), ("several", .several), ("few", .few), ("couple", .couple), ("many", .many),
            ("half", .half), ("now", .now), ("current", .current), ("currently", .currently), ("recent", .recent),
            ("recently", .recently), ("lately", .lately), ("previously", .previously), ("formerly", .formerly),
            ("soon", .soon), ("future", .future), ("present", .present), ("nowadays", .nowadays), ("these", .these),
            ("same", .same), ("that", .that), ("from", .from), ("hence", .hence), ("once", .once), ("twice", .twice),
            ("times", .times), ("old", .old), ("thousand", .thousand), ("hundred", .hundred),
            ("right", .right), ("near", .near), ("upcoming", .upcoming), ("latest", .latest), ("prior", .prior),
            ("on", .on), ("in", .inWord), ("since", .since), ("until", .until), ("by", .by), ("during", .during),
            ("through", .through), ("for", .forWord), ("throughout", .throughout), ("then", .then), ("long", .long),
            ("another", .another), ("additional", .additional), ("till", .until), ("fy", .fiscal),
            ("period", .period), ("account", .account), ("accounts", .account), ("affairs", .account),
        ]
        for (form, cue) in cues { e.append((form, TimeWord(kind: .cue, value: cue.rawValue))) }
        add(["said", "was", "were", "had", "did", "told", "met", "took", "made", "came", "went", "saw", "gave", "got",
             "found", "left", "began", "held", "led", "fell", "rose", "won", "lost", "sent", "brought", "thought",
             "became", "broke", "spoke", "wrote", "ran", "paid", "sold", "bought", "struck", "shot", "fought", "caught",
             "kept", "fled", "flew", "stood", "sat", "meant", "felt", "heard", "knew", "grew", "drew", "chose", "wasn't",
             "weren't", "didn't", "hadn't", "been", "underwent", "forgot", "hid", "slid", "swore", "withdrew",
             "overtook", "beat", "spent", "built", "dealt", "taught", "sought", "stole", "woke", "wore",
             // `-eed` past forms the regular rule leaves out (it skips `need`, `indeed`, `speed`).
             "agreed", "disagreed", "freed", "guaranteed", "decreed"], .tense, 1)
        add(["will", "shall", "'ll", "won't", "would", "plans", "plan", "planning", "expected", "scheduled", "due",
             "going", "intends", "hopes", "slated", "aims", "upcoming", "can", "might", "must", "could", "likely"],
            .tense, 2)
        add(["is", "are", "am", "isn't", "aren't", "says", "say", "has", "have", "set"], .tense, 3)
        // Past intentions (4): forward for what follows them (`planned to leave on Thursday`),
        // past for what comes before (`On Friday, the government planned to pay`).
        add(["planned", "intended", "vowed", "pledged", "promised"], .tense, 4)
        add(["percent", "%", "troops", "people", "soldiers", "men", "women", "children", "members", "points",
             "miles", "kilometres", "kilometers", "km", "metres", "meters", "feet", "tons", "tonnes", "votes", "cases",
             "jobs", "deaths", "units", "shares", "cars", "homes", "houses", "students", "workers", "officers",
             "employees", "delegates", "refugees", "seats", "pounds", "dollars", "euros", "rupees", "barrels",
             "hectares", "acres", "calories", "words", "pages", "lives", "patients", "villages", "families",
             "residents", "civilians", "insurgents", "militants", "fighters", "police", "policemen", "personnel",
             "vehicles", "weapons", "rounds", "rockets", "yards", "inches", "degrees", "million", "billion"],
            .countNoun, 1)
        add(["gmt", "utc", "est", "edt", "cst", "cdt", "pst", "pdt", "bst", "cet", "local", "z"], .zone, 1)
        return e
    }()
}
