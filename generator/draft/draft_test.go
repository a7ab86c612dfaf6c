package draft

import (
	"os"
	"strings"
	"testing"

	"github.com/minhbach/minhbach/generator/indicator"
	"github.com/minhbach/minhbach/generator/programme"
)

func seedDefinitions(t *testing.T) []indicator.Definition {
	t.Helper()
	src, err := os.ReadFile("../../seeds/chuong-trinh-50-CTr-TU-soc-trang.txt")
	if err != nil {
		t.Fatal(err)
	}
	return Definitions(programme.Parse("p.txt", src))
}

func TestNames(t *testing.T) {
	want := map[string]string{
		"2.1":  "Tỷ lệ thất nghiệp chung",
		"4.1":  "Tỷ lệ lực lượng lao động trong độ tuổi lao động tham gia bảo hiểm xã hội",
		"7.2":  "Tỷ lệ đi học đúng độ tuổi cấp tiểu học",
		"8.6":  "Số bác sĩ trên 10.000 dân",
		"8.8":  "Số điều dưỡng viên trên 10.000 dân",
		"8.13": "Tỷ lệ trẻ em dưới 5 tuổi bị suy dinh dưỡng thể thấp còi",
		"10.1": "Tỷ lệ hộ gia đình ở thành thị",
		"8.1":  "Bảo đảm vững chắc mức sinh thay thế theo quy định",
	}
	wantOfSeed(t, "name", func(d indicator.Definition) string { return d.Name }, want)
}

// wantOfSeed compares a field of the seed's drafts with want, by code; a
// code the drafts lack fails too.
func wantOfSeed(t *testing.T, field string, get func(indicator.Definition) string, want map[string]string) {
	t.Helper()
	seen := map[string]bool{}
	for _, d := range seedDefinitions(t) {
		w, ok := want[d.Code]
		seen[d.Code] = true
		if ok && get(d) != w {
			t.Errorf("%s: %s %q, want %q", d.Code, field, get(d), w)
		}
	}
	for code := range want {
		if !seen[code] {
			t.Errorf("no draft of %s", code)
		}
	}
}

// The draft of the Sóc Trăng text is itself a valid indicators.toml, and it
// agrees with the curated file of this repository on every code.
func TestAgainstCurated(t *testing.T) {
	drafted := seedDefinitions(t)
	res, err := Merge(nil, drafted)
	if err != nil {
		t.Fatal(err)
	}
	_, defs, err := indicator.ParseDefinitions(res.Added)
	if err != nil {
		t.Fatalf("the draft does not load:\n%v\n%s", err, res.Added)
	}
	if len(defs) != 39 {
		t.Errorf("%d drafted, want 39", len(defs))
	}
	curatedSrc, err := os.ReadFile("../../data/indicators.toml")
	if err != nil {
		t.Fatal(err)
	}
	_, curated, err := indicator.ParseDefinitions(curatedSrc)
	if err != nil {
		t.Fatal(err)
	}
	res, err = Merge(curated, drafted)
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Codes) != 0 {
		t.Errorf("codes the curated file lacks: %v", res.Codes)
	}
	for _, d := range res.Differences {
		t.Errorf("draft and curated differ: %s", d)
	}
}

func TestMergeKeepsCurated(t *testing.T) {
	drafted := seedDefinitions(t)
	curated := []indicator.Definition{drafted[1]}
	curated[0].Value = 2.5 // staff changed the value
	res, err := Merge(curated, drafted)
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Codes) != len(drafted)-1 || strings.Contains(string(res.Added), `code = "2.1"`) {
		t.Errorf("added %v", res.Codes)
	}
	if len(res.Differences) != 1 || !strings.Contains(res.Differences[0], "2.1: value trong tệp là 2,5, bản nháp từ văn bản là 3") {
		t.Errorf("differences = %v", res.Differences)
	}
}

// TestTargetYears drafts each measurable part with its own target year, so
// a plan that sets targets for 2026 is assessed against 2026, not the
// site's 2030.
func TestTargetYears(t *testing.T) {
	for _, tc := range []struct {
		file string
		year int
	}{
		{"../../seeds/chuong-trinh-50-CTr-TU-soc-trang.txt", 2030},
		{"../programme/testdata/corpus/ca-mau-kh-0204-2025-tai-chinh-3-nam.txt", 2026},
	} {
		src, err := os.ReadFile(tc.file)
		if err != nil {
			t.Fatal(err)
		}
		p := programme.Parse("p.txt", src)
		defs := Definitions(p)
		quantitative := 0
		for _, d := range defs {
			if d.Kind != indicator.Quantitative {
				continue
			}
			quantitative++
			if d.TargetYear != tc.year {
				t.Errorf("%s %s: target_year %d, want %d", tc.file, d.Code, d.TargetYear, tc.year)
			}
		}
		if quantitative == 0 {
			t.Errorf("%s: no quantitative part drafted", tc.file)
		}
	}
}

// A denominator written once after the last value of a clause belongs to
// every value of it; the quote runs on to it, so the build reading the
// quote alone reads the same part. A part that carries its own words is
// quoted as it is.
func TestQuoteReachesSharedDenominator(t *testing.T) {
	want := map[string]string{
		"8.5": "35 giường bệnh viện, 19 bác sĩ, 4 dược sĩ, 33 điều dưỡng viên trên 10.000 dân",
		"8.6": "19 bác sĩ, 4 dược sĩ, 33 điều dưỡng viên trên 10.000 dân",
		"8.8": "33 điều dưỡng viên trên 10.000 dân",
		"2.1": "Tỷ lệ thất nghiệp chung dưới 3%",
	}
	wantOfSeed(t, "quote", func(d indicator.Definition) string { return d.Quote }, want)
}
