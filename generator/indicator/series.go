package indicator

import (
	"sort"
	"strconv"
	"strings"

	"github.com/minhbach/minhbach/generator/diag"
	"github.com/minhbach/minhbach/generator/vi"
)

// Group is one series of a broken-down indicator: the rows that share the
// same breakdown cells ("Vĩnh Châu", or "Nữ" and "Nông thôn").
type Group struct {
	// Dims are the breakdown cells, in the order of Series.Dims.
	Dims []string
	// Obs are its rows with a value, by year.
	Obs []Observation
}

// Name is the group as people read it: "Vĩnh Châu", "Nữ · Nông thôn".
func (g Group) Name() string {
	var parts []string
	for _, d := range g.Dims {
		if d != "" {
			parts = append(parts, d)
		}
	}
	return strings.Join(parts, " · ")
}

// Broken reports whether any row breaks the indicator down.
func (s Series) Broken() bool {
	for _, o := range s.Obs {
		if !o.IsTotal() {
			return true
		}
	}
	return false
}

// HasTotal reports whether any row is of the whole population.
func (s Series) HasTotal() bool {
	for _, o := range s.Obs {
		if o.IsTotal() {
			return true
		}
	}
	return false
}

// Groups returns the breakdown's series, with values, in the order their
// first row stands in the file's years (then file order), total excluded.
func (s Series) Groups() []Group {
	var out []Group
	at := map[string]int{}
	for _, o := range s.Obs {
		if o.IsTotal() || !o.HasValue {
			continue
		}
		key := strings.Join(o.Dims, "\x00")
		i, ok := at[key]
		if !ok {
			i = len(out)
			at[key] = i
			out = append(out, Group{Dims: o.Dims})
		}
		out[i].Obs = append(out[i].Obs, o)
	}
	return out
}

// Summed returns the breakdown's values added up year by year, for the
// headline rule "sum": a year counts only where every group has a value,
// so a district that has not reported does not pass for a fall.
func (s Series) Summed() []Observation {
	groups := s.Groups()
	sum := map[int]float64{}
	n := map[int]int{}
	var years []int
	for _, g := range groups {
		for _, o := range g.Obs {
			if n[o.Year] == 0 {
				years = append(years, o.Year)
			}
			sum[o.Year] += o.Value
			n[o.Year]++
		}
	}
	var out []Observation
	sort.Ints(years)
	for _, y := range years {
		if n[y] == len(groups) {
			out = append(out, Observation{Year: y, Value: sum[y], HasValue: true})
		}
	}
	return out
}

// checkSeries holds a series to its definition: a breakdown needs its
// total rows or a headline rule that does without them (an error, since
// the headline status would silently be "no data"), and a cumulative
// series should never fall (a warning at the row, since a correction of
// an earlier figure may explain it).
func checkSeries(errs, warn *diag.List, file string, d Definition, s Series) {
	if d.Kind != Quantitative {
		return
	}
	if s.Broken() && !s.HasTotal() && d.Headline == FromTotal {
		line := 1
		for _, o := range s.Obs {
			line = o.Line
			break
		}
		errs.Add(file, line, 1, "tệp chia số liệu theo %s nhưng không có dòng tổng (dòng để trống ô %s), nên chỉ số %s không có trạng thái chung; hãy thêm dòng tổng cho mỗi năm, hoặc ghi headline = \"sum\" (cộng các nhóm) hay headline = \"worst\" (lấy trạng thái kém nhất) vào định nghĩa trong %s",
			strings.Join(s.Dims, ", "), strings.Join(s.Dims, ", "), d.Code, DefinitionsFile)
	}
	if d.Aggregation != Cumulative {
		return
	}
	series := [][]Observation{s.Totals()}
	for _, g := range s.Groups() {
		series = append(series, g.Obs)
	}
	for _, obs := range series {
		for i := 1; i < len(obs); i++ {
			prev, o := obs[i-1], obs[i]
			if o.Value < prev.Value {
				warn.Append(diag.Problem{File: file, Line: o.Line, Col: max(o.ValueCol, 1), Severity: diag.Warning,
					Msg: "chỉ số " + d.Code + " là số cộng dồn (aggregation = \"cumulative\") mà năm " + strconv.Itoa(o.Year) + " (" + vi.Auto(o.Value) + ") thấp hơn năm " + strconv.Itoa(prev.Year) + " (" + vi.Auto(prev.Value) + "); số cộng dồn không giảm: hãy kiểm tra lại số liệu, hoặc ghi aggregation = \"level\" nếu đây là số của từng năm"})
			}
		}
	}
}
