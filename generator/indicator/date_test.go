package indicator

import (
	"strings"
	"testing"
	"time"
)

func TestParseDate(t *testing.T) {
	day := func(y, m, d int) time.Time { return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC) }
	for _, tt := range []struct {
		in   string
		want time.Time
		msg  string // part of the error, "" for none
	}{
		{"2025-03-31", day(2025, 3, 31), ""},
		{"2025-3-1", day(2025, 3, 1), ""},
		{"31/3/2025", day(2025, 3, 31), ""},
		{"31/03/2025", day(2025, 3, 31), ""},
		{"1/1/2024", day(2024, 1, 1), ""},
		{"29/2/2024", day(2024, 2, 29), ""}, // a leap year
		{"29/2/2025", time.Time{}, "không có trong lịch"},
		{"2025-02-30", time.Time{}, "không có trong lịch"},
		{"31/4/2025", time.Time{}, "không có trong lịch"},
		{"0/1/2025", time.Time{}, "không có trong lịch"},
		{"1/13/2025", time.Time{}, "không có trong lịch"},
		{"3/31/2025", time.Time{}, "không có trong lịch"}, // month first, as US Excel writes
		{"31/3/1985", time.Time{}, "ngoài khoảng 1990–2100"},
		{"31.3.2025", time.Time{}, "không đọc được; hãy ghi theo dạng năm-tháng-ngày như 2025-03-31, hoặc ngày/tháng/năm như 31/3/2025"},
		{"31/3/25", time.Time{}, "không đọc được"},
		{"2025/03/31", time.Time{}, "không đọc được"},
		{"tháng 3/2025", time.Time{}, "không đọc được"},
		{"2025-03-31T10:00", time.Time{}, "không đọc được"},
		{"45747", time.Time{}, "không đọc được"}, // an Excel serial number
	} {
		got, msg := ParseDate(tt.in)
		if !got.Equal(tt.want) || (tt.msg == "") != (msg == "") || !strings.Contains(msg, tt.msg) {
			t.Errorf("ParseDate(%q) = %v, %q; want %v, a message with %q", tt.in, got, msg, tt.want, tt.msg)
		}
	}
}

// The date column is read under any of its names, and a bad date is an
// error at its cell that says which forms are accepted.
func TestParseCSVUpdated(t *testing.T) {
	for _, header := range []string{"updated", "last_updated", "Ngày cập nhật", "cập nhật", "NGAY CAP NHAT"} {
		s, err := ParseCSV("f.csv", []byte("year,value,source,"+header+"\n2024,1,x,31/3/2025\n2025,2,x,\n"))
		if err != nil {
			t.Fatalf("%s: %v", header, err)
		}
		if len(s.Dims) != 0 {
			t.Errorf("%s: read as a breakdown %v", header, s.Dims)
		}
		if got := s.Obs[0].Updated.Format("2006-01-02"); got != "2025-03-31" || !s.Obs[1].Updated.IsZero() {
			t.Errorf("%s: dates %v, %v", header, s.Obs[0].Updated, s.Obs[1].Updated)
		}
		if s.Obs[0].UpdatedCol != 10 {
			t.Errorf("%s: column %d, want 10", header, s.Obs[0].UpdatedCol)
		}
	}
	_, err := ParseCSV("f.csv", []byte("năm;giá trị;nguồn;ngày cập nhật\n2024;1;x;30/2/2025\n2025;2;x;mới\n"))
	want := "f.csv:2:10: ngày cập nhật \"30/2/2025\" không có trong lịch; hãy kiểm tra lại ngày và tháng (dạng năm-tháng-ngày như 2025-03-31, hoặc ngày/tháng/năm như 31/3/2025)\n" +
		"f.csv:3:10: ngày cập nhật \"mới\" không đọc được; hãy ghi theo dạng năm-tháng-ngày như 2025-03-31, hoặc ngày/tháng/năm như 31/3/2025"
	if err == nil || err.Error() != want {
		t.Errorf("error =\n%v\nwant\n%s", err, want)
	}
}

func TestFreshness(t *testing.T) {
	day := func(s string) time.Time { d, _ := ParseDate(s); return d }
	for _, tt := range []struct {
		name    string
		obs     []Observation
		last    string
		undated int
	}{
		{"no rows", nil, "", 0},
		{"no dates", []Observation{{HasValue: true}, {HasValue: true}}, "", 2},
		{"the latest of the rows, not the last row", []Observation{
			{HasValue: true, Updated: day("2025-03-31")}, {HasValue: true, Updated: day("1/2/2024")}}, "2025-03-31", 0},
		{"a dated gap counts, an undated one is not a figure", []Observation{
			{HasValue: true, Updated: day("2024-01-01")}, {Updated: day("2024-06-30")}, {}}, "2024-06-30", 0},
		{"some undated", []Observation{{HasValue: true, Updated: day("2023-09-18")}, {HasValue: true}}, "2023-09-18", 1},
	} {
		f := Series{Obs: tt.obs}.Freshness()
		last := ""
		if !f.Last.IsZero() {
			last = f.Last.Format("2006-01-02")
		}
		if last != tt.last || f.Undated != tt.undated {
			t.Errorf("%s: %q, %d undated; want %q, %d", tt.name, last, f.Undated, tt.last, tt.undated)
		}
	}
	a := Freshness{Last: day("2024-01-01"), Undated: 1}
	if got := a.Add(Freshness{Last: day("2025-01-01"), Undated: 2}); !got.Last.Equal(day("2025-01-01")) || got.Undated != 3 {
		t.Errorf("Add = %+v", got)
	}
}

func FuzzParseDate(f *testing.F) {
	for _, s := range []string{"2025-03-31", "31/3/2025", "29/2/2024", "0/0/0000", "99/99/9999"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, msg := ParseDate(s)
		if msg != "" {
			if !d.IsZero() {
				t.Fatalf("%q: a date %v with the error %q", s, d, msg)
			}
			return
		}
		if d.Year() < 1990 || d.Year() > 2100 || d.Location() != time.UTC || d.Hour() != 0 {
			t.Fatalf("%q: accepted as %v", s, d)
		}
		// An accepted date reads back the same in either form.
		for _, form := range []string{d.Format("2006-01-02"), d.Format("2/1/2006")} {
			if e, m := ParseDate(form); m != "" || !e.Equal(d) {
				t.Fatalf("%q → %v, but %q → %v %q", s, d, form, e, m)
			}
		}
	})
}
