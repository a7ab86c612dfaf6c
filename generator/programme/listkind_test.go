package programme

import (
	"strings"
	"testing"
)

// The list's own words say whether a clause with no value is a milestone
// (a list of chỉ tiêu) or the prose of a goal (a list of mục tiêu).
func TestListKinds(t *testing.T) {
	const item = "a) Tỷ lệ hộ nghèo dưới 2%; xóa bỏ nhà tạm.\nb) Xây dựng xã hội học tập; nâng cao dân trí.\n"
	tests := []struct {
		name, src string
		want      []string // per target, the kinds of its parts
		notice    string   // a word of the notice, "" for none
	}{
		{"chỉ tiêu heading", "Các chỉ tiêu chủ yếu đến năm 2030\n\n" + strings.ReplaceAll(item, "\n", "\n\n"),
			[]string{"quantitative milestone", "milestone milestone"}, ""},
		{"numbered chỉ tiêu heading", "4. Các chỉ tiêu cụ thể đến năm 2030\n" + item,
			[]string{"quantitative milestone", "milestone milestone"}, ""},
		{"lead sentence", "Phấn đấu đến năm 2030 đạt các mục tiêu, chỉ tiêu sau:\n" + item,
			[]string{"quantitative milestone", "milestone milestone"}, ""},
		{"no heading", "(1) Tỷ lệ hộ nghèo dưới 2%; xóa bỏ nhà tạm.\n(2) Tuổi thọ đạt 75 tuổi; nâng cao dân trí.\n",
			[]string{"quantitative milestone", "quantitative milestone"}, ""},
		{"mục tiêu heading", "2. Mục tiêu cụ thể đến năm 2030\n" + item,
			[]string{"quantitative", "milestone"}, "chỉ tiêu 1 (dòng 2)"},
		{"a theme under MỤC TIÊU", "II. MỤC TIÊU\n1. Phát triển xã hội số đến năm 2030\n" + item,
			[]string{"quantitative", "milestone"}, "1 vế"},
		{"a theme with no word", "II. NỘI DUNG\n1. Phát triển xã hội số đến năm 2030\n" + item,
			[]string{"quantitative", "milestone"}, "1 vế"},
		{"chỉ tiêu items under a goal", "1.1. Mục tiêu 1. Lĩnh vực chính trị\n- Chỉ tiêu 1: Tỷ lệ nữ đạt 60%; bảo đảm bình đẳng.\n- Chỉ tiêu 2: Tỷ lệ nữ đạt 40%.\n",
			[]string{"quantitative milestone", "quantitative"}, ""},
		{"a group heading passes the question up", "2. Mục tiêu cụ thể\na) Chất lượng không khí được cải thiện:\n- Bụi PM2.5 đạt dưới 40 μg/m3; các thông số khác được duy trì.\n- Chỉ số năm sau tốt hơn năm trước.\n",
			[]string{"quantitative", "milestone"}, "chỉ tiêu 1 (dòng 3)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := Parse("p.txt", []byte(tt.src))
			var got []string
			for _, tg := range p.Targets {
				var kinds []string
				for i, pt := range tg.Parts {
					kinds = append(kinds, pt.Kind)
					if want := itoa(tg.Number) + "." + itoa(i+1); pt.Code != want {
						t.Errorf("part %q has code %s, want %s", pt.Text, pt.Code, want)
					}
				}
				got = append(got, strings.Join(kinds, " "))
			}
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("parts %q, want %q", got, tt.want)
			}
			var notes []string
			for _, n := range p.Notices {
				if strings.Contains(n.Msg, "lời dẫn") {
					notes = append(notes, n.Msg)
				}
			}
			switch {
			case tt.notice == "" && len(notes) > 0:
				t.Errorf("unexpected notice %q", notes)
			case tt.notice != "" && (len(notes) != 1 || !strings.Contains(notes[0], tt.notice)):
				t.Errorf("notices %q, want one with %q", notes, tt.notice)
			}
		})
	}
}

// A value-free item of a list of goals is one milestone, its whole words.
func TestGoalMilestoneIsWholeItem(t *testing.T) {
	p := Parse("p.txt", []byte("2. Mục tiêu cụ thể đến năm 2030\na) Tỷ lệ hộ nghèo dưới 2%.\nb) Vệ sinh công cộng được tăng cường; cây xanh được bổ sung.\n"))
	if len(p.Targets) != 2 || len(p.Targets[1].Parts) != 1 {
		t.Fatalf("targets %+v", p.Targets)
	}
	pt := p.Targets[1].Parts[0]
	if want := "Vệ sinh công cộng được tăng cường; cây xanh được bổ sung"; pt.Text != want || pt.Kind != Milestone || pt.Year != 2030 || pt.Line != 3 {
		t.Errorf("part %+v, want the milestone %q of 2030 on line 3", pt, want)
	}
}
