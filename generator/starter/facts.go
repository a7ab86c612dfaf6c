package starter

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/minhbach/minhbach/generator/config"
	"github.com/minhbach/minhbach/generator/programme"
)

// facts are what the skeleton's files say about the document, each choice
// with the reason written beside it in config.toml.
type facts struct {
	Seed        string // the text's path in the site, "seeds/x.txt"
	Title       string // the site's title
	Description string
	Summary     string // the home page's one line
	Document    string // "Kế hoạch số 144/KH-UBND"
	Short       string // the same, or "chương trình" when it has no code
	Issuer      string
	Date        string // the issuing date as pages write it, "24/11/2025"

	ReportDate, ReportDateWhy string
	Base, Target, Vision      int
	BaseWhy, TargetWhy        string
	VisionWhy                 string
}

func readFacts(p *programme.Programme, seed string, today time.Time) facts {
	f := facts{Seed: seed, Issuer: p.Issuer, Date: p.DateVi()}
	f.Document, f.Short = document(p)
	f.Title = strings.Join(strings.Fields(p.Title), " ")
	if f.Title == "" {
		f.Title = "Theo dõi thực hiện " + f.Short
	}
	f.Description = "Tiến độ thực hiện các chỉ tiêu của " + f.Document
	if p.Issuer != "" {
		f.Description += " của " + p.Issuer
	}
	if f.Date != "" {
		f.Description += ", ngày " + f.Date
	}
	f.Description += "."
	f.Summary = fmt.Sprintf("Theo dõi công khai %d chỉ tiêu của %s.", len(p.Targets), f.Document)

	issued, err := time.Parse(time.DateOnly, p.Date)
	if err == nil {
		f.ReportDate, f.ReportDateWhy = p.Date, "Lúc tạo trang là ngày ban hành văn bản, vì chưa có số liệu nào"
	} else {
		issued = today
		f.ReportDate, f.ReportDateWhy = today.Format(time.DateOnly), "Văn bản không ghi ngày ban hành, nên lúc tạo trang là ngày chạy init"
	}
	f.years(p, issued.Year())
	return f
}

// years chooses the reference years: the target year most parts name, the
// issuing year as the base, and a vision year after the target.
func (f *facts) years(p *programme.Programme, issued int) {
	f.Target, f.TargetWhy = targetYear(p)
	def := config.Default().Years
	f.Base, f.BaseWhy = issued, "năm ban hành văn bản"
	if f.Base >= f.Target {
		f.Base, f.BaseWhy = f.Target-1, "năm trước năm mục tiêu, vì văn bản ban hành cùng năm mục tiêu"
	}
	f.Vision, f.VisionWhy = def.Vision, "mặc định; hãy sửa nếu văn bản có tầm nhìn đến năm khác"
	if f.Vision <= f.Target {
		f.Vision, f.VisionWhy = f.Target+15, "mười lăm năm sau năm mục tiêu; hãy sửa nếu văn bản có tầm nhìn"
	}
}

// targetYear is the year most parts are to be reached by, the later one on
// a tie; a part that names no year counts its target's year.
func targetYear(p *programme.Programme) (int, string) {
	count := map[int]int{}
	for _, t := range p.Targets {
		for _, part := range t.Parts {
			y := part.Year
			if y == 0 {
				y = t.Year
			}
			if y != 0 {
				count[y]++
			}
		}
	}
	best := 0
	for y, n := range count {
		if n > count[best] || n == count[best] && y > best {
			best = y
		}
	}
	if best == 0 {
		return config.Default().Years.Target, "văn bản không ghi năm mục tiêu; mặc định"
	}
	return best, "năm mà " + strconv.Itoa(count[best]) + " chỉ số của văn bản nhắm tới"
}

// document names the document as a sentence does: its kind and number.
func document(p *programme.Programme) (long, short string) {
	kind := p.Kind
	if kind == "" {
		kind = "văn bản"
	}
	if p.Code == "" {
		return "văn bản chương trình", "chương trình"
	}
	long = kind + " số " + p.Code
	return long, long
}
