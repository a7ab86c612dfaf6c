// Package draft turns a parsed programme into indicator definitions for
// data/indicators.toml, and merges them with the definitions staff have
// curated without ever changing what they wrote.
//
// Each measurable part of the programme becomes one [[indicator]] with the
// part's code ("8.6"), its text as the quote, and its kind, comparator,
// value or range, unit and denominator. The name is a first guess for staff
// to improve: the part's text without its value ("Tỷ lệ thất nghiệp chung"
// from "Tỷ lệ thất nghiệp chung dưới 3%"), or "Tỷ lệ …"/"Số …" built from
// what follows the value ("Số bác sĩ trên 10.000 dân" from "19 bác sĩ").
//
// Merge appends the definitions whose codes the curated file lacks, and for
// every code both have, lists where the draft and the file differ, leaving
// the file's values as they are.
package draft

import (
	"bytes"
	"fmt"
	"strings"

	"github.com/BurntSushi/toml"
	"github.com/minhbach/minhbach/generator/indicator"
	"github.com/minhbach/minhbach/generator/programme"
	"github.com/minhbach/minhbach/generator/vi"
)

// Definitions drafts one definition per measurable part of p.
func Definitions(p *programme.Programme) []indicator.Definition {
	var out []indicator.Definition
	for _, t := range p.Targets {
		for _, part := range t.Parts {
			d := definition(t.Number, part)
			d.Quote = quote(t, part)
			out = append(out, d)
		}
	}
	return out
}

func definition(target int, part programme.Part) indicator.Definition {
	d := indicator.Definition{Code: part.Code, Target: target, Name: name(part), Quote: part.Text, Kind: indicator.Kind(part.Kind)}
	if part.Kind != programme.Quantitative {
		return d
	}
	d.Unit, d.Comparator, d.Direction, d.Aggregation = part.Unit, indicator.Comparator(part.Comparator), indicator.Direction(part.Direction), indicator.Level
	// The part's own year ("đến năm 2027") is its target year; a part that
	// names none takes the site's, so none is written.
	d.TargetYear = part.Year
	if part.Per != nil {
		d.Per = *part.Per
	}
	if part.Value != nil {
		d.Value = *part.Value
		d.Decimals = vi.Decimals(d.Value)
	}
	if part.Min != nil {
		d.Min, d.Max = *part.Min, *part.Max
		d.Decimals = max(vi.Decimals(d.Min), vi.Decimals(d.Max))
	}
	if d.Comparator == indicator.About {
		d.Tolerance = 0.5 // a first guess for "khoảng"; staff set the real one
	}
	switch d.Unit {
	case "căn hộ", "căn nhà", "căn", "ngôi nhà":
		d.Aggregation = indicator.Cumulative // units built are counted up, not measured
	}
	return d
}

// quote is the words the definition is held to: the part's own text, run
// on to the end of its clause when only the clause's later words give it
// its denominator ("19 bác sĩ, 4 dược sĩ, 33 điều dưỡng viên trên 10.000
// dân"), so that the build, reading the quote alone, reads the same part.
func quote(t programme.Target, p programme.Part) string {
	if p.Per == nil || p.ClauseEnd <= p.End || p.ClauseEnd > len(t.Text) {
		return p.Text
	}
	for _, q := range programme.QuoteParts(p.Text) {
		if q.Per != nil && *q.Per == *p.Per {
			return p.Text
		}
	}
	return t.Text[p.Start:p.ClauseEnd]
}

// name guesses a short name from the part's text.
func name(p programme.Part) string {
	text := p.Text
	if p.Kind != programme.Quantitative {
		return vi.Capitalise(words(text, 12))
	}
	before := strings.TrimSpace(text[:p.ValueAt[0]])
	after := strings.TrimSpace(strings.TrimLeft(text[p.ValueAt[1]:], " ,"))
	lead := vi.Fold(before)
	for _, v := range []string{"phan dau", "co", "bao dam", "dam bao", "xay dung duoc", "xay dung", "dat"} {
		if lead == v {
			before = ""
		}
	}
	before = strings.TrimSpace(strings.TrimSuffix(before, " đạt"))
	var n string
	switch {
	case before != "":
		n = before
	case p.Unit == "%":
		n = "Tỷ lệ " + after
	default:
		n = "Số " + p.Unit + " " + after
	}
	if p.Per != nil && !strings.Contains(n, " trên ") {
		n += " trên " + vi.Auto(*p.Per) + " dân"
	}
	return vi.Capitalise(words(strings.TrimSpace(n), 18))
}

func words(s string, n int) string {
	f := strings.Fields(s)
	if len(f) > n {
		f = f[:n]
	}
	return strings.TrimRight(strings.Join(f, " "), ",;:")
}

// Result is what Merge decided.
type Result struct {
	// Added are the drafted definitions the curated file lacks, as TOML to
	// append to it; Codes names them.
	Added []byte
	Codes []string
	// Differences say, for codes in both, where the draft differs from the
	// curated definition (which is kept).
	Differences []string
}

// Merge compares drafted definitions with the curated ones.
func Merge(curated, drafted []indicator.Definition) (Result, error) {
	have := map[string]indicator.Definition{}
	for _, d := range curated {
		have[d.Code] = d
	}
	var r Result
	var add []indicator.Definition
	for _, d := range drafted {
		c, ok := have[d.Code]
		if !ok {
			add = append(add, d)
			r.Codes = append(r.Codes, d.Code)
			continue
		}
		r.Differences = append(r.Differences, differences(c, d)...)
	}
	if len(add) == 0 {
		return r, nil
	}
	var buf bytes.Buffer
	for _, d := range add {
		buf.WriteString("\n[[indicator]]\n")
		if err := toml.NewEncoder(&buf).Encode(entry(d)); err != nil {
			return r, err
		}
	}
	r.Added = buf.Bytes()
	return r, nil
}

// entry is a definition as written to indicators.toml: only the keys that
// say something, in the order staff read them.
type tomlEntry struct {
	Code        string                `toml:"code"`
	Target      int                   `toml:"target"`
	Name        string                `toml:"name"`
	Quote       string                `toml:"quote"`
	Kind        indicator.Kind        `toml:"kind"`
	Unit        string                `toml:"unit,omitempty,omitzero"`
	Per         float64               `toml:"per,omitempty,omitzero"`
	Direction   indicator.Direction   `toml:"direction,omitempty,omitzero"`
	Comparator  indicator.Comparator  `toml:"comparator,omitempty,omitzero"`
	Value       *float64              `toml:"value,omitempty,omitzero"`
	Min         *float64              `toml:"min,omitempty,omitzero"`
	Max         *float64              `toml:"max,omitempty,omitzero"`
	Tolerance   float64               `toml:"tolerance,omitempty,omitzero"`
	TargetYear  int                   `toml:"target_year,omitempty,omitzero"`
	Aggregation indicator.Aggregation `toml:"aggregation,omitempty,omitzero"`
	Decimals    int                   `toml:"decimals,omitempty,omitzero"`
}

func entry(d indicator.Definition) tomlEntry {
	e := tomlEntry{Code: d.Code, Target: d.Target, Name: d.Name, Quote: d.Quote, Kind: d.Kind, Unit: d.Unit, Per: d.Per,
		Direction: d.Direction, Comparator: d.Comparator, Tolerance: d.Tolerance, TargetYear: d.TargetYear, Aggregation: d.Aggregation, Decimals: d.Decimals}
	if d.Kind == indicator.Quantitative {
		if d.Comparator == indicator.Range {
			e.Min, e.Max = &d.Min, &d.Max
		} else {
			e.Value = &d.Value
		}
	}
	return e
}

func differences(curated, draft indicator.Definition) []string {
	var out []string
	diff := func(key, have, want string) {
		if have != want {
			out = append(out, fmt.Sprintf("%s: %s trong tệp là %s, bản nháp từ văn bản là %s (giữ nguyên tệp)", curated.Code, key, have, want))
		}
	}
	num := func(v float64) string { return vi.Auto(v) }
	diff("kind", string(curated.Kind), string(draft.Kind))
	if vi.Normalize(curated.Quote) != vi.Normalize(draft.Quote) && !strings.Contains(vi.Normalize(curated.Quote), vi.Normalize(draft.Quote)) && !strings.Contains(vi.Normalize(draft.Quote), vi.Normalize(curated.Quote)) {
		diff("quote", fmt.Sprintf("%q", curated.Quote), fmt.Sprintf("%q", draft.Quote))
	}
	if draft.Kind == indicator.Quantitative && curated.Kind == indicator.Quantitative {
		diff("comparator", string(curated.Comparator), string(draft.Comparator))
		if draft.Comparator == indicator.Range {
			diff("min", num(curated.Min), num(draft.Min))
			diff("max", num(curated.Max), num(draft.Max))
		} else {
			diff("value", num(curated.Value), num(draft.Value))
		}
		diff("per", num(curated.Per), num(draft.Per))
	}
	return out
}
