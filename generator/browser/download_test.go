package browser

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"image/png"
	"io"
	"os"
	"path/filepath"
	"testing"
	"time"

	cdpbrowser "github.com/chromedp/cdproto/browser"
	"github.com/chromedp/chromedp"
)

// TestChartDownloads clicks an indicator page's "download the chart" links,
// as a reader saving the chart for a report would, with the browser saving
// downloads to a folder: each link must save a file under the name it
// offers, the same bytes as the site's drawing, the PNG one a picture of a
// chart's size and the SVG one a document whose root is <svg>.
func TestChartDownloads(t *testing.T) {
	tools := need(t, "chromium")
	dir, srv := serveRepoSite(t)
	ctx := newBrowser(t, tools["chromium"], time.Minute)
	do(t, ctx, chromedp.EmulateViewport(Phone.Width, Phone.Height), chromedp.Navigate(srv.URL+"/chi-tieu/8/8-6/"))
	saved := t.TempDir()
	if _, err := chromedp.CallBrowser(ctx, cdpbrowser.SetDownloadBehavior, cdpbrowser.SetDownloadBehaviorParams{
		Behavior: cdpbrowser.SetDownloadBehaviorBehaviorAllow, DownloadPath: saved,
	}); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		name, file string // offered name, site file
		check      func([]byte) error
	}{
		{"8.6.svg", "chi-tieu/8/8-6/bieu-do.svg", svgRoot},
		{"8.6.png", "chi-tieu/8/8-6/bieu-do.png", chartPNG},
	} {
		do(t, ctx, chromedp.Click(chromedp.CSS(`a[download="`+c.name+`"]`)))
		got, err := downloaded(filepath.Join(saved, c.name))
		if err != nil {
			t.Errorf("clicking the link to %s: %v", c.name, err)
			continue
		}
		if want, _ := os.ReadFile(filepath.Join(dir, c.file)); !bytes.Equal(got, want) {
			t.Errorf("%s: %d bytes saved, not the %d of /%s", c.name, len(got), len(want), c.file)
		}
		if err := c.check(got); err != nil {
			t.Errorf("%s: %v", c.name, err)
		}
	}
}

// downloaded waits up to ten seconds for the browser to finish saving
// file (it writes file.crdownload first, then renames it), and reads it.
func downloaded(file string) ([]byte, error) {
	for end := time.Now().Add(10 * time.Second); time.Now().Before(end); time.Sleep(50 * time.Millisecond) {
		if b, err := os.ReadFile(file); err == nil && len(b) > 0 {
			return b, nil
		}
	}
	names, _ := filepath.Glob(filepath.Join(filepath.Dir(file), "*"))
	return nil, fmt.Errorf("no %s saved; the folder holds %q", filepath.Base(file), names)
}

// svgRoot checks that b parses as XML whose root element is SVG's <svg>.
func svgRoot(b []byte) error {
	d := xml.NewDecoder(bytes.NewReader(b))
	for {
		tok, err := d.Token()
		if err != nil {
			return fmt.Errorf("not XML with a root element: %v", err)
		}
		if el, ok := tok.(xml.StartElement); ok {
			if el.Name.Local != "svg" || el.Name.Space != "http://www.w3.org/2000/svg" {
				return fmt.Errorf("the root element is {%s}%s, not SVG's svg", el.Name.Space, el.Name.Local)
			}
			break
		}
	}
	for { // the whole document, not only its start, must be well formed
		if _, err := d.Token(); err != nil {
			if err == io.EOF {
				return nil
			}
			return fmt.Errorf("not well-formed XML: %v", err)
		}
	}
}

// chartPNG checks that b decodes as a PNG at least as large as a chart
// drawn for a phone.
func chartPNG(b []byte) error {
	img, err := png.Decode(bytes.NewReader(b))
	if err != nil {
		return fmt.Errorf("not a PNG: %v", err)
	}
	if r := img.Bounds(); r.Dx() < 600 || r.Dy() < 300 {
		return fmt.Errorf("a picture of %d×%d px, too small for a chart", r.Dx(), r.Dy())
	}
	return nil
}
