package golden

import "testing"

func TestDiff(t *testing.T) {
	tests := []struct{ want, got, diff string }{
		{"a\nb\n", "a\nb\n", ""},
		{"", "", ""},
		{"a\nb\nc\n", "a\nx\nc\n", "line 2\n  a\n- b\n+ x"},
		{"a\n", "b\n", "line 1\n- a\n+ b"},
		{"a\nb\n", "a\n", "line 2\n  a\n- b\n+ (end)"},
		{"a\n", "a\nb\n", "line 2\n  a\n- (end)\n+ b"},
		{"a\n", "a", `line 1` + "\n" + `- a` + "\n" + `+ a \ no newline`},
		{"", "a\n", "line 1\n- (end)\n+ a"},
	}
	for _, tt := range tests {
		if got := Diff(tt.want, tt.got); got != tt.diff {
			t.Errorf("Diff(%q, %q) =\n%s\nwant\n%s", tt.want, tt.got, got, tt.diff)
		}
	}
}
