// Package numfmt writes figures in the reader's language: the one place
// that knows a Vietnamese page shows "1.234,5" and an English one
// "1,234.5". Pages, summaries, charts and the drawing made at build time
// all format through it, so every edition's numbers agree with each other.
// The open data does not: it is machine-readable and keeps its own format.
package numfmt

import (
	"sync"

	"golang.org/x/text/language"
	"golang.org/x/text/message"
	"golang.org/x/text/number"
)

// printers are made once per language: a message.Printer looks up the
// language's number symbols, too costly for every figure of a build.
var printers sync.Map // language code → *message.Printer

func printer(lang string) *message.Printer {
	if p, ok := printers.Load(lang); ok {
		return p.(*message.Printer)
	}
	tag, err := language.Parse(lang)
	if err != nil {
		tag = language.Vietnamese // an unknown code reads as the main edition
	}
	p, _ := printers.LoadOrStore(lang, message.NewPrinter(tag))
	return p.(*message.Printer)
}

// Fixed writes v in lang with exactly decimals digits after the decimal
// mark: Fixed("vi", 6400, 0) = "6.400", Fixed("en", 98.5, 1) = "98.5".
func Fixed(lang string, v float64, decimals int) string {
	return printer(lang).Sprint(number.Decimal(v, number.MinFractionDigits(decimals), number.MaxFractionDigits(decimals)))
}

// Auto writes v in lang with as many decimals as it needs, up to two:
// Auto("vi", 28.53) = "28,53", Auto("en", 6400) = "6,400".
func Auto(lang string, v float64) string {
	return printer(lang).Sprint(number.Decimal(v, number.MaxFractionDigits(2)))
}
