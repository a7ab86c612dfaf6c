package site

import (
	"fmt"
	"strings"

	"github.com/minhbach/minhbach/generator/diag"
	"github.com/minhbach/minhbach/generator/indicator"
	"github.com/minhbach/minhbach/generator/programme"
	"github.com/minhbach/minhbach/generator/vi"
)

// checkAgreement holds each quantitative definition to its quote: the
// official wording is the authority, so a comparator, value, range, unit or
// denominator that the quote does not say is an error at that key's line,
// unless the definition says why it departs (departs = "lý do").
func checkAgreement(l *diag.List, c indicator.Catalogue) {
	for _, in := range c.Indicators {
		if in.Kind != indicator.Quantitative || in.Quote == "" || in.Departs != "" {
			continue
		}
		var parts []programme.Part
		for _, p := range programme.QuoteParts(in.Quote) {
			if p.Kind == programme.Quantitative {
				parts = append(parts, p)
			}
		}
		if len(parts) == 0 {
			continue // the quote holds no value to compare; Contains has checked it
		}
		var first string
		key := ""
		for _, p := range parts {
			k, msg := disagreement(in, p)
			if k == "" {
				first, key = "", ""
				break
			}
			if first == "" {
				first, key = msg, k
			}
		}
		if key != "" {
			l.Add(indicator.DefinitionsFile, in.LineOf(key), 1, "chỉ số %s: %s; hãy sửa cho khớp với trích dẫn, hoặc ghi departs = \"lý do\" nếu cố ý khác văn bản", in.Code, first)
		}
	}
}

// disagreement returns the first key on which the definition differs from
// the part its quote reads as, and what the quote says, or "".
func disagreement(in indicator.Indicator, p programme.Part) (string, string) {
	num := vi.Auto
	cmp := indicator.Comparator(p.Comparator)
	switch {
	case cmp == indicator.Range && (p.Min == nil || p.Max == nil):
		return "", ""
	case cmp == indicator.Range && in.Comparator != indicator.Range:
		return "comparator", fmt.Sprintf("trích dẫn ghi khoảng %s - %s, không phải comparator = %q", num(*p.Min), num(*p.Max), in.Comparator)
	case cmp == indicator.Range && (in.Min != *p.Min || in.Max != *p.Max):
		return "min", fmt.Sprintf("trích dẫn ghi khoảng %s - %s, định nghĩa ghi %s - %s", num(*p.Min), num(*p.Max), num(in.Min), num(in.Max))
	case cmp != indicator.Range && p.Value != nil && in.Value != *p.Value:
		return "value", fmt.Sprintf("trích dẫn ghi %s, định nghĩa ghi value = %s", num(*p.Value), num(in.Value))
	case cmp != indicator.Range && in.Comparator != cmp:
		return "comparator", fmt.Sprintf("trích dẫn đọc là %q, định nghĩa ghi comparator = %q", p.Comparator, in.Comparator)
	case !sameUnit(in.Unit, p.Unit):
		return "unit", fmt.Sprintf("trích dẫn ghi đơn vị %q, định nghĩa ghi unit = %q", p.Unit, in.Unit)
	}
	per := 0.0
	if p.Per != nil {
		per = *p.Per
	}
	if in.Per != per && !(in.Per == 1 && per == 0) {
		return "per", fmt.Sprintf("trích dẫn ghi mẫu số %s, định nghĩa ghi per = %s", num(per), num(in.Per))
	}
	return "", ""
}

// sameUnit reports whether a definition's unit names the quote's: the
// same words, or the first of them ("giường bệnh" for "giường bệnh viện",
// "căn" for "căn hộ"), m² written either way.
func sameUnit(def, quote string) bool {
	d, q := unitKey(def), unitKey(quote)
	return d == q || d != "" && strings.HasPrefix(q, d)
}

func unitKey(u string) string {
	return strings.ReplaceAll(strings.ReplaceAll(vi.Canonical(u), " ", ""), "²", "2")
}
