package programme

import (
	"fmt"
	"regexp"
	"strings"
	"testing"

	"github.com/minhbach/minhbach/generator/golden"
	"github.com/minhbach/minhbach/generator/vi"
	"golang.org/x/text/unicode/norm"
)

// describe writes a part compactly: "quantitative >= 19 bác sĩ per 10000".
func describe(p Part) string {
	s := p.Kind
	if p.Kind == Quantitative {
		s += " " + p.Comparator
		if p.Value != nil {
			s += fmt.Sprintf(" %v", *p.Value)
		}
		if p.Min != nil {
			s += fmt.Sprintf(" %v-%v", *p.Min, *p.Max)
		}
		s += " " + p.Unit
		if p.Per != nil {
			s += fmt.Sprintf(" per %v", *p.Per)
		}
	}
	return s + " | " + p.Text
}

// partTests are the traps of the Vietnamese text, from the Sóc Trăng
// programme and the corpus, and what each target's text splits into.
var partTests = []struct {
	name, text string
	want       []string
}{
	{"below is the target", "Tỷ lệ thất nghiệp chung dưới 3%, tỷ lệ thất nghiệp khu vực thành thị dưới 4%.", []string{
		"quantitative < 3 % | Tỷ lệ thất nghiệp chung dưới 3%",
		"quantitative < 4 % | tỷ lệ thất nghiệp khu vực thành thị dưới 4%"}},
	{"range", "Tỷ lệ lao động qua đào tạo có bằng cấp, chứng chỉ đạt 35 - 40%.", []string{
		"quantitative range 35-40 % | Tỷ lệ lao động qua đào tạo có bằng cấp, chứng chỉ đạt 35 - 40%"}},
	{"two parts share one verb", "Phấn đấu 60% lực lượng lao động tham gia bảo hiểm xã hội và 45% lực lượng lao động tham gia bảo hiểm thất nghiệp.", []string{
		"quantitative >= 60 % | Phấn đấu 60% lực lượng lao động tham gia bảo hiểm xã hội",
		"quantitative >= 45 % | 45% lực lượng lao động tham gia bảo hiểm thất nghiệp"}},
	{"under 36 months is a group", "100% hộ gia đình chăm sóc trẻ em dưới 36 tháng tuổi được hưởng trợ cấp; bảo đảm mức sống tối thiểu.", []string{
		"quantitative >= 100 % | 100% hộ gia đình chăm sóc trẻ em dưới 36 tháng tuổi được hưởng trợ cấp",
		"milestone | bảo đảm mức sống tối thiểu"}},
	{"from 3 to 5 years is a group; a lead-in milestone", "Hoàn thành phổ cập giáo dục mầm non cho trẻ từ 3 đến 5 tuổi, tỷ lệ đi học cấp tiểu học đạt 99,5%, cấp trung học cơ sở tối thiểu đạt 98,5%, cấp trung học phổ thông và tương đương tối thiểu đạt 75%", []string{
		"milestone | Hoàn thành phổ cập giáo dục mầm non cho trẻ từ 3 đến 5 tuổi",
		"quantitative >= 99.5 % | tỷ lệ đi học cấp tiểu học đạt 99,5%",
		"quantitative >= 98.5 % | cấp trung học cơ sở tối thiểu đạt 98,5%",
		"quantitative >= 75 % | cấp trung học phổ thông và tương đương tối thiểu đạt 75%"}},
	{"level 2 is not a target", "tối thiểu 90% huyện, thị xã, thành phố đạt chuẩn xoá mù chữ mức độ 2.", []string{
		"quantitative >= 90 % | tối thiểu 90% huyện, thị xã, thành phố đạt chuẩn xoá mù chữ mức độ 2"}},
	{"four values per 10,000 people", "35 giường bệnh viện, 19 bác sĩ, 4 dược sĩ, 33 điều dưỡng viên trên 10.000 dân", []string{
		"quantitative >= 35 giường bệnh viện per 10000 | 35 giường bệnh viện",
		"quantitative >= 19 bác sĩ per 10000 | 19 bác sĩ",
		"quantitative >= 4 dược sĩ per 10000 | 4 dược sĩ",
		"quantitative >= 33 điều dưỡng viên per 10000 | 33 điều dưỡng viên trên 10.000 dân"}},
	{"under 5 years and under 15%", "tỷ lệ trẻ em dưới 5 tuổi bị suy dinh dưỡng thể thấp còi dưới 15%", []string{
		"quantitative < 15 % | tỷ lệ trẻ em dưới 5 tuổi bị suy dinh dưỡng thể thấp còi dưới 15%"}},
	{"thousands dot, about, m2", "Xây dựng được ít nhất 6.400 căn hộ nhà ở xã hội; diện tích nhà ở đạt khoảng 23,9 m2 sàn/người.", []string{
		"quantitative >= 6400 căn hộ | Xây dựng được ít nhất 6.400 căn hộ nhà ở xã hội",
		"quantitative ~ 23.9 m2 sàn/người | diện tích nhà ở đạt khoảng 23,9 m2 sàn/người"}},
	{"above a percentage is above", "trên 95% người dân sử dụng dịch vụ", []string{
		"quantitative > 95 % | trên 95% người dân sử dụng dịch vụ"}},
	{"about 75 years is a target", "tuổi thọ trung bình khoảng 75 tuổi, số năm sống khoẻ đạt tối thiểu 68 năm", []string{
		"quantitative ~ 75 tuổi | tuổi thọ trung bình khoảng 75 tuổi",
		"quantitative >= 68 năm | số năm sống khoẻ đạt tối thiểu 68 năm"}},
	{"commas inside a part", "Có ít nhất 75% người dân ở vùng sâu, vùng xa, 80% các xã được hưởng thụ văn hoá", []string{
		"quantitative >= 75 % | Có ít nhất 75% người dân ở vùng sâu, vùng xa",
		"quantitative >= 80 % | 80% các xã được hưởng thụ văn hoá"}},
	{"no number is a milestone", "Bảo đảm vững chắc mức sinh thay thế theo quy định; chỉ số phát triển con người (HDI) thuộc nhóm cao", []string{
		"milestone | Bảo đảm vững chắc mức sinh thay thế theo quy định",
		"milestone | chỉ số phát triển con người (HDI) thuộc nhóm cao"}},
	{"a condition that allows adjusting is no target", "Năm 2025 đạt 60% các cơ quan có lãnh đạo chủ chốt là nữ. Đối với một số ngành có tỷ lệ nữ thấp dưới 30% có thể điều chỉnh mục tiêu phù hợp với thực tiễn.", []string{
		"quantitative >= 60 % | Năm 2025 đạt 60% các cơ quan có lãnh đạo chủ chốt là nữ"}},
	{"a condition as a clause of its own", "Tỷ lệ nữ đạt 60%; trường hợp đặc thù được phép điều chỉnh", []string{
		"quantitative >= 60 % | Tỷ lệ nữ đạt 60%"}},
	{"as for a place, a target", "Đối với Hà Nội, đến năm 2030, 100% phương tiện công cộng sử dụng năng lượng sạch", []string{
		"quantitative >= 100 % | Đối với Hà Nội, đến năm 2030, 100% phương tiện công cộng sử dụng năng lượng sạch"}},
	{"as for a group, a milestone", "Tỷ lệ nữ đạt 60%; đối với vùng sâu, vùng xa, chỉ số năm sau tốt hơn năm trước", []string{
		"quantitative >= 60 % | Tỷ lệ nữ đạt 60%",
		"milestone | đối với vùng sâu, vùng xa, chỉ số năm sau tốt hơn năm trước"}},
	{"communes listed with commas, and what each must have", "Từ năm 2025 trở đi 100% xã, phường, thị trấn mỗi quý có ít nhất 04 tin, bài về bình đẳng giới", []string{
		"quantitative >= 100 % | Từ năm 2025 trở đi 100% xã, phường, thị trấn mỗi quý có ít nhất 04 tin, bài về bình đẳng giới"}},
	{"what each unit of a share has", "90% trạm y tế xã có tối thiểu 2 bác sĩ", []string{
		"quantitative >= 90 % | 90% trạm y tế xã có tối thiểu 2 bác sĩ"}},
	{"a clause after the share is no list", "Tỷ lệ hộ dùng nước sạch đạt 90%, có 50 xã đạt chuẩn nông thôn mới", []string{
		"quantitative >= 90 % | Tỷ lệ hộ dùng nước sạch đạt 90%",
		"quantitative >= 50 xã | có 50 xã đạt chuẩn nông thôn mới"}},
	{"and after the share begins a part", "Tỷ lệ xã có trạm y tế đạt 95% và có 20 bác sĩ mỗi xã", []string{
		"quantitative >= 95 % | Tỷ lệ xã có trạm y tế đạt 95%",
		"quantitative >= 20 bác sĩ | có 20 bác sĩ mỗi xã"}},
	{"one in words after a quantifier", "Có ít nhất một cơ sở y tế cung cấp thí điểm dịch vụ vào năm 2025", []string{
		"quantitative >= 1 cơ sở y tế | Có ít nhất một cơ sở y tế cung cấp thí điểm dịch vụ vào năm 2025"}},
	{"one of, in words, qualifies a share", "đạt 80% người bị bạo lực được tiếp cận ít nhất một trong các dịch vụ hỗ trợ cơ bản", []string{
		"quantitative >= 80 % | đạt 80% người bị bạo lực được tiếp cận ít nhất một trong các dịch vụ hỗ trợ cơ bản"}},
	{"half in words", "ít nhất một nửa số xã đạt chuẩn", []string{
		"quantitative >= 50 % | ít nhất một nửa số xã đạt chuẩn"}},
	{"words that are no number", "Tối thiểu năm 2025 hoàn thành; ít nhất một số xã đạt chuẩn; mỗi năm một lần", []string{
		"milestone | Tối thiểu năm 2025 hoàn thành",
		"milestone | ít nhất một số xã đạt chuẩn",
		"milestone | mỗi năm một lần"}},
	{"at most", "tỷ lệ hộ nghèo không quá 2%", []string{"quantitative <= 2 % | tỷ lệ hộ nghèo không quá 2%"}},
	{"range in words", "tỷ lệ lao động có chứng chỉ đạt từ 35% đến 40%, tỷ lệ thất nghiệp dưới 3%", []string{
		"quantitative range 35-40 % | tỷ lệ lao động có chứng chỉ đạt từ 35% đến 40%",
		"quantitative < 3 % | tỷ lệ thất nghiệp dưới 3%"}},
}

func TestParts(t *testing.T) {
	for _, tt := range partTests {
		t.Run(tt.name, func(t *testing.T) {
			parts := splitParts(1, tt.text)
			var got []string
			for i, p := range parts {
				got = append(got, describe(p))
				if p.Code != fmt.Sprintf("1.%d", i+1) {
					t.Errorf("part %d has code %s", i+1, p.Code)
				}
				if tt.text[p.Start:p.End] != p.Text {
					t.Errorf("offsets of %q do not hold it", p.Text)
				}
			}
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
			}
		})
	}
}

func TestSocTrangParts(t *testing.T) {
	p := Parse("p.txt", readSeed(t))
	quantitative, milestones := 0, 0
	for _, tg := range p.Targets {
		for _, pt := range tg.Parts {
			if pt.Kind == Quantitative {
				quantitative++
			} else {
				milestones++
			}
			if !p.Contains(pt.Text) {
				t.Errorf("%s: text %q is not in the document", pt.Code, pt.Text)
			}
			if pt.Line != tg.Line {
				t.Errorf("%s on line %d, its target on %d", pt.Code, pt.Line, tg.Line)
			}
		}
	}
	if quantitative != 32 || milestones != 7 {
		t.Errorf("%d quantitative parts and %d milestones, want 32 and 7", quantitative, milestones)
	}
}

// canonical is the model with its texts in canonical spelling and without
// line numbers: what must not change when the same text is written
// differently.
func canonical(p *Programme) string {
	var b strings.Builder
	c := vi.Canonical
	fmt.Fprintf(&b, "%s|%s|%s|%s\n%s\n%s\n", c(p.Title), p.Code, c(p.Issuer), p.Date, c(p.Objective.Text), c(p.Vision.Text))
	for _, t := range p.Targets {
		fmt.Fprintf(&b, "(%d) %s\n", t.Number, c(t.Text))
		for _, pt := range t.Parts {
			fmt.Fprintf(&b, "  %s %s\n", pt.Code, c(describe(pt)))
		}
	}
	for _, t := range p.Tasks {
		fmt.Fprintf(&b, "- %d %s\n  %s\n", t.Number, c(t.Title), c(t.Text()))
	}
	return b.String()
}

var reTargetMarker = regexp.MustCompile(`(?m)^([\s\x{00A0}]*)\((\d+)\) `)

// wrap breaks every line longer than width at spaces, as PDF-to-text
// exports do, keeping blank lines.
func wrap(src string, width int) string {
	var out []string
	for _, line := range strings.Split(src, "\n") {
		for len([]rune(line)) > width {
			r := []rune(line)
			cut := strings.LastIndex(string(r[:width]), " ")
			if cut <= 0 {
				break
			}
			out = append(out, line[:cut])
			line = line[cut+1:]
		}
		out = append(out, line)
	}
	return strings.Join(out, "\n")
}

func TestVariants(t *testing.T) {
	src := string(readSeed(t))
	want := canonical(Parse("p.txt", []byte(src)))
	letters := "abcdefghijklmnopqrstuvwxyz"
	variants := map[string]string{
		"numbered 1.": reTargetMarker.ReplaceAllString(src, "$1$2. "),
		"numbered 1)": reTargetMarker.ReplaceAllString(src, "$1$2) "),
		"lettered a)": reTargetMarker.ReplaceAllStringFunc(src, func(m string) string {
			sub := reTargetMarker.FindStringSubmatch(m)
			var n int
			fmt.Sscan(sub[2], &n)
			return sub[1] + letters[n-1:n] + ") "
		}),
		"dashes":           reTargetMarker.ReplaceAllString(src, "$1- "),
		"wrapped at 80":    wrap(src, 80),
		"wrapped, CRLF":    strings.ReplaceAll(wrap(src, 72), "\n", "\r\n"),
		"nfd":              norm.NFD.String(src),
		"bom":              "\uFEFF" + src,
		"crlf":             strings.ReplaceAll(src, "\n", "\r\n"),
		"no-break spaces":  strings.ReplaceAll(src, " ", "\u00A0"),
		"tỉ lệ, khỏe":      strings.NewReplacer("tỷ lệ", "tỉ lệ", "Tỷ lệ", "Tỉ lệ", "khoẻ", "khỏe").Replace(src),
		"tỷ lệ everywhere": strings.NewReplacer("tỉ lệ", "tỷ lệ").Replace(src),
	}
	for name, v := range variants {
		t.Run(name, func(t *testing.T) {
			if v == src {
				t.Fatal("the variant did not change the text")
			}
			got := canonical(Parse("p.txt", []byte(v)))
			if got != want {
				t.Errorf("the model differs:\n%s", golden.Diff(want, got))
			}
		})
	}
}
