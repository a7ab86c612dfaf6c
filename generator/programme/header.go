package programme

import (
	"fmt"
	"regexp"
	"strings"

	"github.com/minhbach/minhbach/generator/vi"
)

// The header of an administrative document (Nghị định 30/2020/NĐ-CP, art. 8
// and Annex I) is a table of two cells, which web pages flatten into lines
// between "|" marks:
//
//	ỦY BAN NHÂN DÂN ⏎ THÀNH PHỐ CẦN THƠ     issuer (left cell, in capitals)
//	CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM      national motto (right cell)
//	Số: 153/KH-UBND                         code
//	Cần Thơ, ngày ⏎ 17 tháng 11 năm 2025    place and date
//	KẾ HOẠCH                                kind of document, alone on its line
//	TRIỂN KHAI, … ĐẾN NĂM 2030               title, in capitals, up to a blank line
//	THỦ TƯỚNG CHÍNH PHỦ                     the authority, in decisions and resolutions
//
// Anything above the header (a site's banner, its summary of the document)
// is not the document. A document printed without its header may still
// name itself in an annex caption ("(Kèm theo Nghị quyết số 394/NQ-CP ngày
// 03 tháng 12 năm 2025 của Chính phủ)") or in its preamble ("Tỉnh ủy Sóc
// Trăng ban hành Chương trình số 50-CTr/TU, ngày 4/5/2024").

// kinds are the kinds of document whose name stands alone above the title.
var kinds = []string{"ke hoach", "quyet dinh", "nghi quyet", "chuong trinh", "chi thi", "de an", "ket luan", "chien luoc", "quy hoach", "thong bao", "bao cao", "huong dan"}

var (
	reCodeLine = regexp.MustCompile(`(?:^|\s)Số\s*:\s*([0-9][\p{L}\p{N}/.\-]*)`)
	reDateVi   = regexp.MustCompile(`ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})`)
	reDateNum  = regexp.MustCompile(`ngày\s+(\d{1,2})/(\d{1,2})/(\d{4})`)
	reAnnex    = regexp.MustCompile(`Kèm theo\s+(?:Quyết định|Nghị quyết|Kế hoạch|Chương trình|Chỉ thị)\s+số\s+([0-9][\p{L}\p{N}/.\-]*)\s+(ngày[^)]*)`)
	rePreamble = regexp.MustCompile(`(Chương trình|Kế hoạch|Quyết định|Nghị quyết)\s+số\s+(\d+[\p{L}\d/-]*)(?:,\s*ngày\s+(\d{1,2})/(\d{1,2})/(\d{4}))?`)
)

// kindLine returns the index of the line that names the kind of document,
// or -1: a line in capitals that starts with a kind and is no enacting
// formula ("QUYẾT ĐỊNH:").
func kindLine(lines []line) int {
	for i, l := range lines {
		if !isCaps(l.text) || strings.HasSuffix(l.text, ":") || runeLen(l.text) > 160 {
			continue
		}
		f := vi.Fold(l.text)
		for _, k := range kinds {
			if f == k || strings.HasPrefix(f, k+" ") {
				return i
			}
		}
	}
	return -1
}

// readHeader reads code, date, issuer and title from the lines above and
// after the kind line k, and returns the line where the body begins.
func (p *Programme) readHeader(lines []line, k int) int {
	if k < 0 {
		return 0
	}
	head := lines[:k]
	p.Issuer = headerIssuer(head)
	var text []string
	for _, l := range head {
		text = append(text, l.text)
	}
	joined := strings.Join(text, " ")
	if ms := reCodeLine.FindAllStringSubmatch(joined, -1); ms != nil {
		p.Code = ms[len(ms)-1][1]
	}
	p.Date = lastDate(joined)
	p.Kind = vi.Capitalise(strings.ToLower(kindWords(lines[k].text)))
	end := p.readTitle(lines, k)
	for end < len(lines) && separator(lines[end].text) {
		end++
	}
	if p.Issuer == "" && end < len(lines) && isCaps(lines[end].text) && runeLen(lines[end].text) <= 80 {
		p.Issuer = lines[end].text // the authority line under the title
		end++
	}
	return end
}

// kindWords returns the kind at the start of a line in capitals.
func kindWords(s string) string {
	f := vi.Fold(s)
	for _, k := range kinds {
		if strings.HasPrefix(f, k) {
			return strings.Join(strings.Fields(s)[:len(strings.Fields(k))], " ")
		}
	}
	return s
}

// readTitle reads the title: what follows the kind on its line and the
// lines in capitals after it, up to a blank line once it has begun. The
// authority line, when it repeats the issuer, is not the title.
func (p *Programme) readTitle(lines []line, k int) int {
	var title []string
	if rest := strings.TrimSpace(lines[k].text[len(kindWords(lines[k].text)):]); rest != "" {
		title = append(title, rest)
	}
	i := k + 1
	for ; i < len(lines); i++ {
		t := lines[i].text
		if separator(t) {
			if len(title) > 0 {
				break
			}
			continue
		}
		if !isCaps(t) || vi.Fold(t) == vi.Fold(p.Issuer) && len(title) > 0 {
			break
		}
		title = append(title, t)
	}
	p.Title = strings.Join(title, " ")
	return i
}

// headerIssuer reads the issuer: the lines in capitals of the cell before
// the national motto.
func headerIssuer(head []line) string {
	motto := -1
	for i, l := range head {
		f := vi.Fold(l.text)
		if i+1 < len(head) {
			f += " " + vi.Fold(head[i+1].text) // "CỘNG ⏎ HÒA XÃ HỘI …"
		}
		if strings.HasPrefix(f, "cong hoa") || strings.HasPrefix(f, "dang cong san") {
			motto = i
		}
	}
	if motto < 0 {
		return ""
	}
	var cell []string
	for i := motto - 1; i >= 0 && motto >= 0; i-- {
		t := head[i].text
		if t == "" || isRule(t) {
			continue
		}
		if strings.Trim(t, "| ") == "" {
			if len(cell) > 0 {
				break
			}
			continue
		}
		if !isCaps(t) {
			break
		}
		cell = append([]string{t}, cell...)
	}
	return strings.Join(cell, " ")
}

// lastDate returns the last date written out in s as YYYY-MM-DD.
func lastDate(s string) string {
	date := ""
	for _, re := range []*regexp.Regexp{reDateNum, reDateVi} {
		if ms := re.FindAllStringSubmatchIndex(s, -1); ms != nil {
			m := ms[len(ms)-1]
			date = isoDate(s[m[2]:m[3]], s[m[4]:m[5]], s[m[6]:m[7]])
		}
	}
	return date
}

func isoDate(d, m, y string) string {
	return fmt.Sprintf("%s-%02d-%02d", y, atoi(m), atoi(d))
}

// readCaption reads code and date from an annex caption, for a document
// printed without its header.
func (p *Programme) readCaption(lines []line) {
	var text []string
	for _, l := range lines {
		text = append(text, l.text)
	}
	if m := reAnnex.FindStringSubmatch(strings.Join(text, " ")); m != nil {
		p.Code = strings.TrimRight(m[1], ".,;")
		if p.Date == "" {
			p.Date = lastDate(m[2])
		}
	}
}

// readPreamble reads code, date and issuer from a preamble that names the
// document right after "ban hành" ("Tỉnh ủy Sóc Trăng ban hành Chương
// trình số 50-CTr/TU, ngày 4/5/2024"); other codes there name the documents
// it implements.
func (p *Programme) readPreamble() {
	for _, para := range p.Preamble {
		for _, m := range rePreamble.FindAllStringSubmatchIndex(para.Text, -1) {
			before := strings.TrimSpace(para.Text[:m[0]])
			if !strings.HasSuffix(before, "ban hành") {
				continue
			}
			p.Code = para.Text[m[4]:m[5]]
			if m[6] >= 0 {
				p.Date = isoDate(para.Text[m[6]:m[7]], para.Text[m[8]:m[9]], para.Text[m[10]:m[11]])
			}
			issuer := strings.TrimSpace(strings.TrimSuffix(before, "ban hành"))
			if k := strings.LastIndex(issuer, ", "); k >= 0 {
				issuer = issuer[k+2:]
			}
			if p.Issuer == "" {
				p.Issuer = issuer
			}
			return
		}
	}
}

// DateVi returns the date as Vietnamese pages write it ("4/5/2024"), or "".
func (p *Programme) DateVi() string {
	var y, m, d int
	if _, err := fmt.Sscanf(p.Date, "%d-%d-%d", &y, &m, &d); err != nil {
		return p.Date
	}
	return fmt.Sprintf("%d/%d/%d", d, m, y)
}
