package browser

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	cdppage "github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
	"golang.org/x/text/unicode/norm"
)

// printPDF prints the page open in ctx to an A4 PDF, as the browser's
// print-to-PDF does with the page's own @page size, and returns its file.
func printPDF(t *testing.T, ctx context.Context, name string) string {
	t.Helper()
	yes := true
	res, err := chromedp.Call(ctx, cdppage.PrintToPDF, cdppage.PrintToPDFParams{PreferCSSPageSize: &yes, PrintBackground: &yes})
	if err != nil {
		t.Fatal(err)
	}
	file := filepath.Join(t.TempDir(), name+".pdf")
	if err := os.WriteFile(file, res.Data, 0o644); err != nil {
		t.Fatal(err)
	}
	// With SCREENSHOT_DIR, each PDF page becomes a PNG there to look at.
	if dir := os.Getenv("SCREENSHOT_DIR"); dir != "" {
		if ppm, err := exec.LookPath("pdftoppm"); err == nil {
			if out, err := exec.Command(ppm, "-png", "-r", "60", file, filepath.Join(dir, name)).CombinedOutput(); err != nil {
				t.Errorf("pdftoppm: %v\n%s", err, out)
			}
		}
	}
	return file
}

// pdfText is the text of a PDF, NFC, its white space folded to single spaces.
func pdfText(t *testing.T, pdftotext, file string) string {
	t.Helper()
	out, err := exec.Command(pdftotext, "-enc", "UTF-8", file, "-").Output()
	if err != nil {
		t.Fatalf("pdftotext %s: %v", file, err)
	}
	return strings.Join(strings.Fields(norm.NFC.String(string(out))), " ")
}

// pdfPages is how many pages a PDF has, from its page objects.
func pdfPages(t *testing.T, file string) int {
	t.Helper()
	data, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	return strings.Count(string(data), "/Type /Page\n") + strings.Count(string(data), "/Type /Page ") + strings.Count(string(data), "/Type /Page>")
}

// printedRow is one row of a page's data table, as the page has it.
type printedRow struct {
	Cells []string `json:"cells"`
}

// TestPrintedPages prints, with Chromium's print-to-PDF, an indicator page
// broken down by area (its data table is folded on screen), a target page
// and the report page, and reads the PDFs' text: the indicator page must
// hold its title, official wording, status and working, the chart (its
// drawing's labels), every row of its table with its source, the report
// date and its address; the report every target. With SCREENSHOT_DIR, the
// PDF pages are written there as PNG.
func TestPrintedPages(t *testing.T) {
	tools := need(t, "chromium", "pdftotext")
	_, srv := serveRepoSite(t)
	ctx := newBrowser(t, tools["chromium"], 2*time.Minute)
	do(t, ctx, chromedp.EmulateViewport(Desktop.Width, Desktop.Height), chromedp.Navigate(srv.URL+"/chi-tieu/8/8-13/"))
	folded, err := chromedp.Run(ctx, chromedp.Evaluate[bool](`!document.querySelector("details.data-table").open`))
	if err != nil {
		t.Fatal(err)
	}
	if !folded {
		t.Fatal("the data table is open on screen; this test is of printing a folded one")
	}
	rows, err := chromedp.Run(ctx, chromedp.Evaluate[[]printedRow](`[...document.querySelectorAll("details.data-table tbody tr")].map(tr => ({cells: [...tr.children].map(c => c.textContent.trim().replace(/\s+/g, " ")).filter(Boolean)}))`))
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) < 10 {
		t.Fatalf("only %d rows in the table of 8.13", len(rows))
	}
	text := pdfText(t, tools["pdftotext"], printPDF(t, ctx, "in-8-13"))
	for _, want := range []string{
		"8.13.", "Nguyên văn chỉ tiêu", "Cách tính", "Tầm nhìn 2045", "Mục tiêu 2030: dưới 15%", "Xu hướng đến 2030",
		"Số liệu chốt đến ngày", "https://minhbach.example.vn/chi-tieu/8/8-13/",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("the printed page lacks %q:\n%s", want, text)
		}
	}
	for _, r := range rows {
		for _, c := range r.Cells {
			if !strings.Contains(text, c) {
				t.Errorf("the printed page lacks %q of the table row %v", c, r.Cells)
			}
		}
	}
	for _, gone := range []string{"Nhúng biểu đồ", "Bảng số liệu ▸"} {
		if strings.Contains(text, gone) {
			t.Errorf("the printed page shows %q, which is for the screen", gone)
		}
	}
	still, err := chromedp.Run(ctx, chromedp.Evaluate[string](`location.hash + (document.querySelector("details.data-table").open ? " open" : " folded")`))
	if err != nil {
		t.Fatal(err)
	}
	if still != " folded" {
		t.Errorf("after printing, the page is %q; want the table folded again and the address unchanged", still)
	}

	do(t, ctx, chromedp.Navigate(srv.URL+"/chi-tieu/8/"))
	printPDF(t, ctx, "in-chi-tieu-8")

	do(t, ctx, chromedp.Navigate(srv.URL+"/bao-cao-tien-do/"))
	file := printPDF(t, ctx, "in-bao-cao")
	report := pdfText(t, tools["pdftotext"], file)
	for n := 1; n <= 11; n++ {
		if !strings.Contains(report, fmt.Sprintf("Chỉ tiêu %d:", n)) {
			t.Errorf("the printed report lacks target %d:\n%s", n, report)
		}
	}
	for _, want := range []string{"8.13", "Báo cáo tiến độ các chỉ tiêu", "https://minhbach.example.vn/bao-cao-tien-do/"} {
		if !strings.Contains(report, want) {
			t.Errorf("the printed report lacks %q", want)
		}
	}
	t.Logf("the report prints on %d A4 pages", pdfPages(t, file))
}
