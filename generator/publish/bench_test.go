package publish

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"
)

// BenchmarkWrite publishes 10,000 pages of 8 KB in 2,000 folders over the
// previous build, as a large site's rebuild does.
func BenchmarkWrite(b *testing.B) {
	files := map[string][]byte{}
	page := []byte(strings.Repeat("<p>Nội dung trang.</p>\n", 350))
	for i := 0; i < 10000; i++ {
		files[fmt.Sprintf("tin-tuc/%d/bai-%d/index.html", i%2000, i)] = page
	}
	tmp := b.TempDir()
	site := filepath.Join(tmp, "trang")
	out := filepath.Join(site, "public")
	if err := Write(files, out, Options{Site: site}); err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if err := Write(files, out, Options{Site: site}); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(len(files))*float64(b.N)/b.Elapsed().Seconds(), "files/s")
}
