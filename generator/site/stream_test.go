package site

import (
	"bytes"
	"strings"
	"sync"
	"testing"
)

// TestWriteStreamsPages builds a site twice, once holding every file and
// once giving pages to Options.Write: the two make the same files, and the
// second holds no page in Output.Files.
func TestWriteStreamsPages(t *testing.T) {
	fsys := syntheticSite(t, 2, 2, 3, 15)
	whole, err := Build(fsys, Options{})
	if err != nil {
		t.Fatal(err)
	}
	var mu sync.Mutex
	written := map[string][]byte{}
	streamed, err := Build(fsys, Options{Write: func(p string, data []byte) error {
		mu.Lock()
		defer mu.Unlock()
		written[p] = data
		return nil
	}})
	if err != nil {
		t.Fatal(err)
	}
	if streamed.Pages != whole.Pages || len(written) != whole.Pages || streamed.Len() != len(whole.Files) {
		t.Errorf("streamed %d pages (%d written, %d files), want %d pages, %d files", streamed.Pages, len(written), streamed.Len(), whole.Pages, len(whole.Files))
	}
	for p, data := range whole.Files {
		got, ok := streamed.Files[p]
		if w, isPage := written[p]; isPage {
			got = w
			if ok {
				t.Errorf("%s both written and held", p)
			}
		} else if strings.HasSuffix(p, ".html") && !strings.HasPrefix(p, "assets/") {
			t.Errorf("page %s not written", p)
		}
		if !bytes.Equal(got, data) {
			t.Errorf("%s differs when streamed", p)
		}
	}
}
