package indicator

// The words of a definition that decide how it is read and assessed are
// named types, so that each rule about them lives once, here, rather than
// as string comparisons in every package that meets them. They are strings
// underneath, spelt as in data/indicators.toml and the open-data JSON, so
// both keep their keys; a misspelt value decodes as it is and is reported
// with its line by ParseDefinitions, with every other problem of the file.

// Kind says whether an indicator is measured or a milestone.
type Kind string

// Kinds of indicator.
const (
	Quantitative Kind = "quantitative"
	Milestone    Kind = "milestone"
)

// Valid reports whether k is a kind this package knows.
func (k Kind) Valid() bool { return k == Quantitative || k == Milestone }

// Comparator is how a target is stated: "trên 95%" is More, "35 - 40%" is
// Range, "khoảng 75%" is About.
type Comparator string

// Comparators, as written in data/indicators.toml.
const (
	Less    Comparator = "<"
	AtMost  Comparator = "<="
	More    Comparator = ">"
	AtLeast Comparator = ">="
	About   Comparator = "~"
	Range   Comparator = "range"
	Equal   Comparator = "="
	// NoTarget is the comparator of an indicator with a direction and no
	// numeric target: it is scored on its trend alone.
	NoTarget Comparator = ""
)

// comparatorWords are the words that put a value into a target sentence.
var comparatorWords = map[Comparator]string{
	Less: "dưới ", AtMost: "tối đa ", More: "trên ", AtLeast: "tối thiểu ", About: "khoảng ", Equal: "", Range: "",
}

// Key names c in words ("at_least"), for the theme's strings that word a
// target in a page's language (target_at_least = "tối thiểu {value}").
func (c Comparator) Key() string {
	return map[Comparator]string{Less: "less", AtMost: "at_most", More: "more", AtLeast: "at_least", About: "about", Equal: "equal", Range: "range"}[c]
}

// Valid reports whether c is a comparator this package knows.
func (c Comparator) Valid() bool { _, ok := comparatorWords[c]; return ok || c == NoTarget }

// HasTarget reports whether c states a numeric target.
func (c Comparator) HasTarget() bool { return c != NoTarget }

// Met reports whether v satisfies the target t of a definition whose
// direction is dir. A range is met from its bound on the side the
// indicator moves toward; "khoảng X" with tolerance tol is met once v has
// come within tol of X from the side it starts on (X − tol where higher is
// better, X + tol where lower is), and is not lost by going past X: an
// overshoot is shown on the page, not scored as a failure, because the
// programme's "khoảng" sets the level to reach, not a ceiling.
func (c Comparator) Met(v float64, t Goal, dir Direction) bool {
	higher := dir.HigherIsBetter()
	switch c {
	case More:
		return v > t.Value
	case AtLeast:
		return v >= t.Value
	case Less:
		return v < t.Value
	case AtMost:
		return v <= t.Value
	case Range:
		if higher {
			return v >= t.Min
		}
		return v <= t.Max
	case About:
		if higher {
			return v >= t.Value-t.Tolerance
		}
		return v <= t.Value+t.Tolerance
	case Equal:
		if higher {
			return v >= t.Value
		}
		return v <= t.Value
	}
	return false
}

// PaceTarget is the value progress is measured toward: the value, or the
// bound of a range nearest the start (the lower where higher is better).
func (c Comparator) PaceTarget(t Goal, dir Direction) float64 {
	if c == Range {
		if dir.HigherIsBetter() {
			return t.Min
		}
		return t.Max
	}
	return t.Value
}

// Goal is the numbers of a target: a value (with a tolerance for About),
// or the bounds of a range.
type Goal struct {
	Value, Min, Max, Tolerance float64
}

// Direction says which way is better.
type Direction string

// Directions.
const (
	Higher Direction = "higher"
	Lower  Direction = "lower"
)

// Valid reports whether dir is a direction this package knows.
func (dir Direction) Valid() bool { return dir == Higher || dir == Lower }

// HigherIsBetter reports whether a rise is progress. An unset direction
// reads as higher, as ParseDefinitions refuses it for measured indicators.
func (dir Direction) HigherIsBetter() bool { return dir != Lower }

// Sign is +1 where higher is better and −1 where lower is: d in design §5.
func (dir Direction) Sign() float64 {
	if dir == Lower {
		return -1
	}
	return 1
}

// Aggregation says how a series adds up over time.
type Aggregation string

// Aggregations.
const (
	// Level is a figure measured each year: a rate, a count in that year.
	Level Aggregation = "level"
	// Cumulative is a running total (housing units built so far): it can
	// only grow, and its growth rate means nothing, so it is assessed by
	// the share of the distance covered.
	Cumulative Aggregation = "cumulative"
)

// Valid reports whether a is an aggregation this package knows.
func (a Aggregation) Valid() bool { return a == Level || a == Cumulative }

// Headline says where an indicator's headline figure comes from when its
// CSV breaks it down (by area, sex, …).
type Headline string

// Headline rules.
const (
	// FromTotal takes the rows whose breakdown cells are empty. It is the
	// default, and a broken-down CSV without such rows is an error.
	FromTotal Headline = "total"
	// FromSum adds the breakdown's values year by year, for counts whose
	// parts make up the whole (housing units by district).
	FromSum Headline = "sum"
	// FromWorst gives the headline the least favourable status of the
	// breakdown's series, for rates that cannot be added up.
	FromWorst Headline = "worst"
)

// Valid reports whether h is a headline rule this package knows.
func (h Headline) Valid() bool { return h == FromTotal || h == FromSum || h == FromWorst || h == "" }
