package site

import (
	"github.com/minhbach/minhbach/generator/indicator"
)

// A breakdown's columns are named in the CSV by their machine names (area,
// sex, urban_rural, or any other a file adds); its total rows leave them
// empty. Readers see neither: the theme's strings dim_NAME head the
// columns, and dim_total_NAME (or dim_total) fills a total's empty cell, so
// the table says "Toàn tỉnh" where the chart's legend does.

// dimHeadings are the table's headings for the breakdown columns of s; a
// column the theme has no words for keeps the name staff gave it.
func (m *model) dimHeadings(s indicator.Series) []string {
	out := make([]string, len(s.Dims))
	for i, d := range s.Dims {
		out[i] = d
		if h, ok := m.words.Lookup("dim_" + d); ok {
			out[i] = h
		}
	}
	return out
}

// dimCells are the breakdown cells of o as the table shows them: an empty
// cell is that column's total.
func (m *model) dimCells(s indicator.Series, o indicator.Observation) []string {
	out := make([]string, len(o.Dims))
	for i, v := range o.Dims {
		out[i] = v
		if v == "" && i < len(s.Dims) {
			out[i] = m.dimTotal(s.Dims[i])
		}
	}
	return out
}

// dimTotal names the total of one breakdown column.
func (m *model) dimTotal(dim string) string {
	if t, ok := m.words.Lookup("dim_total_" + dim); ok {
		return t
	}
	t, _ := m.words.Lookup("dim_total")
	return t
}
