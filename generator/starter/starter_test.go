package starter

import (
	"testing"

	"github.com/minhbach/minhbach/generator/indicator"
)

// A new site's CSVs open with every column the reader knows, none of them
// taken for a breakdown, so staff see where the source, its link, the
// status and the date of each figure go.
func TestCSVHeaderColumns(t *testing.T) {
	s, err := indicator.ParseCSV("data/8.6.csv", []byte(CSVHeader+"2025,9.3,Niên giám thống kê 2025,https://example.vn/,sơ bộ,,31/3/2026\n"))
	if err != nil {
		t.Fatal(err)
	}
	if len(s.Dims) != 0 {
		t.Errorf("columns %v read as breakdowns", s.Dims)
	}
	o := s.Obs[0]
	if o.SourceURL == "" || o.Status != indicator.StatusPreliminary || o.Updated.IsZero() {
		t.Errorf("row read as %+v; want a link, a status and a date", o)
	}
}
