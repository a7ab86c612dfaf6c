package urls

import (
	"testing"
)

// TestRoutes: every generated path in both editions, from the config's
// vision year; the open data and feed have no edition.
func TestRoutes(t *testing.T) {
	vi := Routes{VisionYear: 2050}
	en := vi.In("en", "vi")
	tests := []struct{ got, want string }{
		{vi.Home(), "/"},
		{en.Home(), "/en/"},
		{vi.Programme(), "/chuong-trinh/"},
		{en.ProgrammeTarget(8), "/en/chuong-trinh/#chi-tieu-8"},
		{vi.Vision(), "/tam-nhin-2050/"},
		{en.Vision(), "/en/tam-nhin-2050/"},
		{vi.Target(8), "/chi-tieu/8/"},
		{en.Indicator(8, "8-6"), "/en/chi-tieu/8/8-6/"},
		{en.Embed(en.Indicator(8, "8-6")), "/en/chi-tieu/8/8-6/nhung/"},
		{vi.Task(2), "/nhiem-vu/2/"},
		{vi.List("tin-tuc", 1), "/tin-tuc/"},
		{en.List("tin-tuc", 3), "/en/tin-tuc/trang/3/"},
		{en.DataPage(), "/en/du-lieu/"},
		{en.Data("8-6.csv"), "/du-lieu/8-6.csv"},
		{en.Search(), "/en/tim-kiem/"},
		{en.NotFound(), "/en/404.html"},
		{en.Feed("tin-tuc"), "/tin-tuc/index.xml"},
		{en.Local("/gioi-thieu/"), "/en/gioi-thieu/"},
		{vi.In("vi", "vi").Home(), "/"},
		{File("/"), "index.html"},
		{File("/en/chi-tieu/8/"), "en/chi-tieu/8/index.html"},
		{File("/en/404.html"), "en/404.html"},
	}
	for _, tt := range tests {
		if tt.got != tt.want {
			t.Errorf("got %s, want %s", tt.got, tt.want)
		}
	}
}

func TestReserved(t *testing.T) {
	r := Routes{VisionYear: 2050}.Reserved([]string{"vi", "en"})
	for _, want := range []string{"chuong-trinh", "tam-nhin-2050", "du-lieu", "chi-tieu", "nhiem-vu", "assets", "bao-cao-tien-do", "tim-kiem", "en"} {
		if !r[want] {
			t.Errorf("%s is not reserved", want)
		}
	}
	for _, free := range []string{"tam-nhin-2045", "vi", "gioi-thieu"} {
		if r[free] {
			t.Errorf("%s is reserved", free)
		}
	}
	if got := (Routes{VisionYear: 2045}).Reserved([]string{"vi"}); len(got) != 8 {
		t.Errorf("one edition reserves %v", got)
	}
}
