package programme

import (
	"encoding/json"
	"os"
	"strings"
	"testing"
	"time"

	"golang.org/x/text/unicode/norm"

	"github.com/minhbach/minhbach/generator/vi"
)

const seed = "../../seeds/chuong-trinh-50-CTr-TU-soc-trang.txt"

func readSeed(t testing.TB) []byte {
	t.Helper()
	b, err := os.ReadFile(seed)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestSocTrang(t *testing.T) {
	p := Parse("p.txt", readSeed(t))
	if len(p.Targets) != 11 || len(p.Tasks) != 9 {
		t.Fatalf("%d targets, %d tasks; want 11 and 9", len(p.Targets), len(p.Tasks))
	}
	for i, tg := range p.Targets {
		if tg.Number != i+1 {
			t.Errorf("target %d numbered %d", i+1, tg.Number)
		}
	}
	for i, tk := range p.Tasks {
		if tk.Number != i+1 || len(tk.Paras) == 0 {
			t.Errorf("task %d: number %d, %d paragraphs", i+1, tk.Number, len(tk.Paras))
		}
	}
	checks := []struct{ what, got, want string }{
		{"code", p.Code, "50-CTr/TU"},
		{"date", p.Date, "2024-05-04"},
		{"issuer", p.Issuer, "Tỉnh ủy Sóc Trăng"},
		{"title", p.Title, "Tiếp tục đổi mới, nâng cao chất lượng chính sách xã hội"},
		{"target 2", p.Targets[1].Text, "Tỷ lệ thất nghiệp chung dưới 3%, tỷ lệ thất nghiệp khu vực thành thị dưới 4%."},
		{"task 3 title", p.Tasks[2].Title, "thực hiện tốt chính sách ưu đãi người có công với cách mạng"},
	}
	for _, c := range checks {
		if c.got != c.want {
			t.Errorf("%s = %q, want %q", c.what, c.got, c.want)
		}
	}
	if !strings.HasPrefix(p.Objective.Text, "Triển khai xây dựng hệ thống chính sách xã hội") || !strings.HasSuffix(p.Objective.Text, "quyền công dân.") {
		t.Errorf("objective = %q", p.Objective.Text)
	}
	if !strings.HasPrefix(p.Vision.Text, "Hệ thống chính sách xã hội phát triển toàn diện") || strings.Contains(p.Vision.Text, "Trên cơ sở") {
		t.Errorf("vision = %q", p.Vision.Text)
	}
	if p.Targets[7].Line != 30 || p.Tasks[0].Line != 42 {
		t.Errorf("lines: target 8 at %d, task 1 at %d; want 30 and 42", p.Targets[7].Line, p.Tasks[0].Line)
	}
	for _, v := range []*Programme{p, Parse("p.txt", []byte(wrap(string(readSeed(t)), 72)))} {
		if len(v.Preamble) != 1 || !strings.HasPrefix(v.Preamble[0].Text, "Thực hiện Nghị quyết số 42-NQ/TW") {
			t.Errorf("preamble = %+v", v.Preamble)
		}
	}
	model, _ := json.Marshal(p)
	for _, chrome := range []string{"Lượt xem", "Ảnh minh họa", "Hồng Nhi", "Phim tư liệu", "Thống kê truy cập", "Đang online", "No title"} {
		if strings.Contains(string(model), chrome) {
			t.Errorf("page chrome %q got into the model", chrome)
		}
	}
	if len(p.Notices) != 0 {
		t.Errorf("notices: %v", p.Notices)
	}
}

// The same document, written differently, gives the same model.
func TestEncodingVariants(t *testing.T) {
	src := string(readSeed(t))
	want, _ := json.Marshal(Parse("p.txt", []byte(src)))
	variants := map[string]string{
		"crlf": strings.ReplaceAll(src, "\n", "\r\n"),
		"bom":  "\uFEFF" + src,
		"nfd":  norm.NFD.String(src),
		"nbsp": strings.ReplaceAll(src, " ", "\u00A0"),
	}
	for name, v := range variants {
		got, _ := json.Marshal(Parse("p.txt", []byte(v)))
		if string(got) != string(want) {
			t.Errorf("%s: the model differs", name)
		}
	}
}

func TestContainsQuote(t *testing.T) {
	p := Parse("p.txt", readSeed(t))
	for _, q := range []string{
		"Tỷ lệ thất nghiệp chung dưới 3%",
		norm.NFD.String("35 giường bệnh viện, 19 bác sĩ, 4 dược sĩ, 33 điều dưỡng viên trên 10.000 dân"),
		"số năm sống khoẻ   đạt tối thiểu 68 năm",
	} {
		if !p.Contains(q) {
			t.Errorf("Contains(%q) = false", q)
		}
	}
	if p.Contains("Tỷ lệ thất nghiệp dưới 3%") {
		t.Error("a misquote was found")
	}
	if p.Contains("Thống kê truy cập") || p.Contains("Lượt xem") {
		t.Error("page chrome counts as the programme's text")
	}
}

func TestNoTargets(t *testing.T) {
	p := Parse("letter.txt", []byte("Kính gửi các sở, ngành.\n\nỦy ban nhân dân tỉnh ban hành Kế hoạch kèm theo.\n"))
	if len(p.Targets) != 0 || len(p.Notices) == 0 {
		t.Errorf("targets %d, notices %v", len(p.Targets), p.Notices)
	}
}

// FuzzParse seeds the fuzzer with the seed's sections, not the whole
// text: the fuzzer minimises each new input it finds by trying to drop
// every byte and every run of bytes, which is quadratic in the input's
// length, and on a 30 KB mutation of the whole seed that kept both workers
// at 0 execs/s for the full minimisation time (60 s) again and again.
// Inputs above maxFuzzInput are left alone for the same reason; the whole
// seed and the corpus are read by the tests above. Each try of the
// minimiser costs ~80 µs (coverage is compared), so a new 1 KB input can
// still hold a worker for half a minute; -fuzzminimizetime=5s shortens it.
func FuzzParse(f *testing.F) {
	for _, s := range seedSections(f) {
		f.Add(s)
	}
	f.Add("Các chỉ tiêu chủ yếu đến năm 2030\n(1) a\n- Thứ nhất, b\n\nc\n\nd\n\n")
	f.Add("Mục tiêu tổng quát:\nTầm nhìn đến năm 2045\n- Thứ mười, x")
	f.Fuzz(func(t *testing.T, src string) {
		if len(src) > maxFuzzInput {
			return
		}
		p := Parse("f.txt", []byte(src))
		if _, err := json.Marshal(p); err != nil {
			t.Fatal(err)
		}
	})
}

const maxFuzzInput = 1 << 10

// seedSections cuts the seed into pieces of about maxFuzzInput/2 bytes at
// line ends (a longer paragraph is cut), each opened by the heading of the section it is in, so every
// piece still reads as a programme: the header and objective, the targets
// a few at a time, the vision, the task groups.
func seedSections(t testing.TB) []string {
	t.Helper()
	var out []string
	var cur strings.Builder
	heading := ""
	for _, line := range strings.SplitAfter(string(readSeed(t)), "\n") {
		f := vi.Fold(strings.TrimSpace(line))
		if strings.HasPrefix(f, "cac chi tieu chu yeu") || strings.HasPrefix(f, "tam nhin") {
			heading = line
		}
		if cur.Len()+len(line) > maxFuzzInput/2 && cur.Len() > 0 {
			out = append(out, cur.String())
			cur.Reset()
			if heading != line {
				cur.WriteString(heading)
			}
		}
		cur.WriteString(line)
	}
	out = append(out, cur.String())
	for i, s := range out {
		if len(s) > maxFuzzInput { // one long paragraph: its start
			out[i] = strings.ToValidUTF8(s[:maxFuzzInput], "")
		}
	}
	return out
}

// A paragraph wrapped over many lines, and a target followed by many
// paragraphs, are read in time proportional to their length: joining them
// by adding to a string copied the whole paragraph once per line.
func TestLongParagraphIsLinear(t *testing.T) {
	parse := func(lines int) time.Duration {
		src := "Các chỉ tiêu chủ yếu đến năm 2030\n(1) Tỷ lệ hộ nghèo giảm\n" + strings.Repeat("mỗi năm bình quân 1,5 điểm phần trăm và\n", lines)
		best := time.Duration(1 << 62)
		for range 3 {
			start := time.Now()
			Parse("p.txt", []byte(src))
			best = min(best, time.Since(start))
		}
		return best
	}
	small, large := parse(2000), parse(32000)
	if large > 40*small { // 16 times the lines; a quadratic join is 256 times
		t.Errorf("2000 lines in %v, 32000 in %v: more than linear", small, large)
	}
}

// TestHeadWords holds foldHead to the word lists matched at the start of a
// line: each must fit in the part of the line it folds.
func TestHeadWords(t *testing.T) {
	for _, list := range [][]string{chromeHeads, endHeads, keywordHeadings, {"noi nhan"}} {
		for _, w := range list {
			if len(w) >= headRunes {
				t.Errorf("%q is longer than the %d runes foldHead folds", w, headRunes)
			}
		}
	}
	long := "Nơi nhận: " + strings.Repeat("các sở, ban, ngành ", 50)
	if !strings.HasPrefix(foldHead(long), "noi nhan") || len(foldHead(long)) > headRunes {
		t.Errorf("foldHead(%q…) = %q", long[:30], foldHead(long))
	}
}
