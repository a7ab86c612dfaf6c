package site

import (
	"strings"
	"testing"

	"github.com/minhbach/minhbach/generator/diag"
	"github.com/minhbach/minhbach/generator/indicator"
)

// TestUnpublishedTranslations: translations into a language the site does
// not publish are one warning per language, not an error, so an edition can
// be turned off by editing languages alone.
func TestUnpublishedTranslations(t *testing.T) {
	tr := func(langs ...string) map[string]indicator.Translation {
		m := map[string]indicator.Translation{}
		for _, l := range langs {
			m[l] = indicator.Translation{Name: "x"}
		}
		return m
	}
	c := indicator.Catalogue{
		Targets:    []indicator.Target{{Number: 1, Translations: tr("en", "fr")}},
		Indicators: []indicator.Indicator{{Definition: indicator.Definition{Code: "1.1", Translations: tr("en")}}},
	}
	for _, tc := range []struct {
		langs []string
		want  []string
	}{
		{[]string{"vi", "en", "fr"}, nil},
		{[]string{"vi", "en"}, []string{`1 chỉ tiêu và chỉ số có bản dịch translations.fr`}},
		{[]string{"vi"}, []string{`2 chỉ tiêu và chỉ số có bản dịch translations.en`, `1 chỉ tiêu và chỉ số có bản dịch translations.fr`}},
	} {
		got := checkTranslations(c, tc.langs)
		if len(got) != len(tc.want) {
			t.Fatalf("languages %v: %d warnings %v, want %d", tc.langs, len(got), got, len(tc.want))
		}
		for i, w := range tc.want {
			if !strings.Contains(got[i].Msg, w) || got[i].Severity != diag.Warning {
				t.Errorf("languages %v: warning %d is %q, want it to say %q", tc.langs, i, got[i].Msg, w)
			}
		}
	}
}
