package indicator

import (
	"flag"
	"fmt"
	"strings"
	"testing"

	"github.com/minhbach/minhbach/generator/golden"
)

var update = flag.Bool("update", false, "rewrite the expected problems in testdata/*.txtar")

// Each of these is how Excel, or a person, may write the same three figures.
func TestParseCSVForms(t *testing.T) {
	want := []Observation{{Year: 2023, Value: 92, HasValue: true}, {Year: 2024}, {Year: 2025, Value: 6400, HasValue: true}}
	tests := []struct{ name, src string }{
		{"comma", "year,value,source\n2023,92,x\n2024,\n2025,6400,x\n"},
		{"bom and crlf", "\uFEFFyear,value,source\r\n2023,92,x\r\n2024,\r\n2025,6400,x\r\n"},
		{"semicolon with grouped thousands", "year;value;source\n2023;92;x\n2024;\n2025;6.400;x\n"},
		{"vietnamese headers", "Năm;Giá trị;Nguồn\n2023;92,0;x\n2024;;x\n2025;6400;x\n"},
		{"tabs, as in Excel's Unicode Text", "năm\tgiá trị\tnguồn\n2023\t92\tx\n2024\n2025\t6.400\tx\n"},
		{"blank lines and spaces", "year, value, source\n\n2023, 92, x\n2024,\n\n2025, 6400, x\n"},
		{"rows out of order", "year,value,source\n2025,6400,x\n2023,92,x\n2024,\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, err := ParseCSV("f.csv", []byte(tt.src))
			if err != nil {
				t.Fatal(err)
			}
			if len(s.Obs) != len(want) {
				t.Fatalf("%d rows, want %d", len(s.Obs), len(want))
			}
			for i, o := range s.Obs {
				if o.Year != want[i].Year || o.Value != want[i].Value || o.HasValue != want[i].HasValue {
					t.Errorf("row %d = %d %v %v, want %d %v %v", i, o.Year, o.Value, o.HasValue, want[i].Year, want[i].Value, want[i].HasValue)
				}
			}
		})
	}
}

func TestParseCSVDecimalComma(t *testing.T) {
	s, err := ParseCSV("f.csv", []byte("năm;giá trị;nguồn\n2023;98,5;x\n2024;1.234,5;x\n2025;-0,25;x\n"))
	if err != nil {
		t.Fatal(err)
	}
	for i, want := range []float64{98.5, 1234.5, -0.25} {
		if s.Obs[i].Value != want {
			t.Errorf("row %d = %v, want %v", i, s.Obs[i].Value, want)
		}
	}
}

// TestParseCSVErrors reads each CSV of testdata/csv-errors.txtar and
// compares every problem ParseCSV reports, whole, with the case's
// .problems section; -update rewrites them.
func TestParseCSVErrors(t *testing.T) {
	golden.Pairs(t, "testdata/csv-errors.txtar", "csv", "problems", *update, func(name string, src []byte) string {
		_, err := ParseCSV("f.csv", src)
		if err == nil {
			t.Errorf("%s: no problem reported", name)
			return ""
		}
		return err.Error() + "\n"
	})
}

// A gap has no figure, so it needs no source; a file of gaps needs no
// source column.
func TestGapsNeedNoSource(t *testing.T) {
	for _, src := range []string{"year,value,source\n2024,,\n2025,1,x\n", "year,value\n2024,\n"} {
		if _, err := ParseCSV("f.csv", []byte(src)); err != nil {
			t.Errorf("%q: %v", src, err)
		}
	}
}

// Every spelling of "minh họa" marks a figure illustrative; a source that
// merely resembles it does not.
func TestIsIllustrative(t *testing.T) {
	for _, tt := range []struct {
		source string
		want   bool
	}{
		{"minh họa", true},
		{"minh hoạ", true},
		{"Minh họa", true},
		{"MINH HỌA", true},
		{"minh họa.", true},
		{"(minh họa)", true},
		{"số liệu minh họa", true},
		{"Số liệu minh hoạ, chưa kiểm tra", true},
		{"minh hoa", true},
		{"minh\u00a0họa", true},
		{"minh ho\u0323a", true}, // NFD
		{"Minh-hoạ", true},
		{"Niên giám thống kê 2023", false},
		{"Báo cáo của Sở Y tế", false},
		{"minhhoa.vn", false},
		{"", false},
	} {
		if got := IsIllustrative(tt.source); got != tt.want {
			t.Errorf("IsIllustrative(%q) = %v, want %v", tt.source, got, tt.want)
		}
	}
}

func TestDisaggregationAndTotals(t *testing.T) {
	s, err := ParseCSV("f.csv", []byte("year,khu vực,value,source\n2024,,10,minh họa\n2024,Thành thị,12,x\n2025,,11,x\n"))
	if err != nil {
		t.Fatal(err)
	}
	if len(s.Dims) != 1 || s.Dims[0] != "area" {
		t.Errorf("dims = %v, want [area]", s.Dims)
	}
	if tot := s.Totals(); len(tot) != 2 || tot[1].Value != 11 {
		t.Errorf("totals = %+v", tot)
	}
	if !s.Obs[0].Illustrative() || s.Obs[1].Illustrative() {
		t.Error("illustrative marks wrong")
	}
}

func FuzzParseCSV(f *testing.F) {
	f.Add("year,value\n2023,92\n2024,\n")
	f.Add("\uFEFFnăm;giá trị;nguồn\r\n2023;98,5;minh họa\r\n")
	f.Add("year,area,value\n2024,A,\"1\n2\"\n")
	f.Add("year,value,source,updated\n2024,1,x,31/3/2025\n2025,2,x,2025-02-30\n")
	f.Fuzz(func(t *testing.T, src string) {
		s, err := ParseCSV("f.csv", []byte(src))
		if err != nil {
			return
		}
		for i := 1; i < len(s.Obs); i++ {
			if s.Obs[i].Year < s.Obs[i-1].Year {
				t.Fatalf("rows not sorted by year: %+v", s.Obs)
			}
		}
		for _, o := range s.Obs {
			if o.Year < 1990 || o.Year > 2100 || len(o.Dims) != len(s.Dims) {
				t.Fatalf("bad row accepted: %+v", o)
			}
		}
	})
}

// A file of more than MaxRows rows is refused at the first row past it,
// and reading stops there.
func TestParseCSVTooManyRows(t *testing.T) {
	var b strings.Builder
	b.WriteString("year,area,value,source\n")
	for i := 0; i < MaxRows+100; i++ {
		fmt.Fprintf(&b, "%d,Xã %d,1,x\n", 1990+i%111, i/111)
	}
	_, err := ParseCSV("f.csv", []byte(b.String()))
	want := fmt.Sprintf("f.csv:%d:1: tệp có hơn 50.000 dòng số liệu, quá giới hạn cho một chỉ số", MaxRows+2)
	if err == nil || err.Error() != want+"; hãy kiểm tra xem có xuất nhầm cả bảng tính không, hoặc chỉ giữ các dòng của chỉ số này" {
		t.Errorf("error = %v\nwant %s…", err, want)
	}
}
