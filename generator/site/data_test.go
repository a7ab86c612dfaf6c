package site

import "testing"

func TestSpreadsheetSafe(t *testing.T) {
	for _, tt := range []struct{ cell, want string }{
		{`=HYPERLINK("https://x.test","Xem")`, `'=HYPERLINK("https://x.test","Xem")`},
		{"=1+1", "'=1+1"},
		{"+84 912 345 678", "'+84 912 345 678"},
		{"-5% so với năm trước", "'-5% so với năm trước"},
		{"@SUM(A1:A2)", "'@SUM(A1:A2)"},
		{"\t=1+1", "'\t=1+1"},
		{"\r=1+1", "'\r=1+1"},
		{"＝1+1", "'＝1+1"},
		{"-", "'-"},
		{"-3.5", "-3.5"},
		{"+2", "+2"},
		{"-0,25", "-0,25"},
		{"28.65", "28.65"},
		{"Niên giám thống kê 2023", "Niên giám thống kê 2023"},
		{"a=b", "a=b"},
		{"", ""},
	} {
		if got := spreadsheetSafe(tt.cell); got != tt.want {
			t.Errorf("spreadsheetSafe(%q) = %q, want %q", tt.cell, got, tt.want)
		}
	}
}
