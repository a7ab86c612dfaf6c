package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/signal"
	"strconv"
	"time"

	"github.com/minhbach/minhbach/generator/preview"
	"github.com/minhbach/minhbach/generator/site"
	"github.com/minhbach/minhbach/generator/sitefs"
)

var serveCommand = command{
	name:     "serve",
	synopsis: "[-config config.toml] [-port 1313]",
	summary:  "xem thử tại http://127.0.0.1:1313/, tự tải lại khi sửa tệp",
	about: `Dựng trang trong bộ nhớ, kể cả trang nháp, và phục vụ nó trên máy này. Mỗi lần
lưu một tệp, trang được dựng lại và các trang đang mở tự tải lại; nếu tệp vừa
sửa có lỗi, trình duyệt hiện lỗi (tệp, dòng, cột) trên bản đúng gần nhất.
Nhấn Ctrl+C để dừng.`,
	setup: func(fl *flag.FlagSet) func([]string, io.Writer, io.Writer) error {
		s := addSiteFlag(fl)
		port := fl.Int("port", 1313, "số `cổng` trên máy này")
		return func(args []string, stdout, stderr io.Writer) error {
			return serve(s.root(), *port, stdout, stderr)
		}
	},
}

// serve builds the site in memory, drafts included, serves it on
// 127.0.0.1, and rebuilds and reloads open pages on every change.
func serve(root string, port int, stdout, stderr io.Writer) error {
	ln, err := net.Listen("tcp", net.JoinHostPort("127.0.0.1", strconv.Itoa(port)))
	if err != nil {
		return fmt.Errorf("không mở được cổng %d (%v); hãy chọn cổng khác: go run ./generator serve -port 1314", port, err)
	}
	base := "http://" + ln.Addr().String() + "/"
	// The preview keeps the model, every page's body and the packed
	// site: the build's headroom keeps it in bounds too.
	defer paceCollector()()
	// The folder is opened once and its files are kept: the watcher says
	// which changed, and an edit reads, parses, renders and draws only
	// what it changes.
	rb := site.NewRebuilder(sitefs.Dir(root))
	rb.KeepFiles()
	srv := preview.New(root, func(changed []string) (*site.Output, error) {
		rb.Changed(changed)
		return rb.Build(site.Options{Drafts: true, BaseURL: base, Now: now()})
	})
	report := func(r preview.Result) {
		if len(r.Problems) > 0 {
			fmt.Fprintf(stderr, "Có %d lỗi (trình duyệt đang hiện chi tiết; trang cũ vẫn được giữ):\n", len(r.Problems))
			for _, p := range r.Problems {
				fmt.Fprintf(stderr, "  %s:%d:%d: %s\n", p.File, p.Line, p.Col, p.Message)
			}
			return
		}
		fmt.Fprintf(stdout, "%s Đã dựng lại %d trang trong %d ms.\n", time.Now().Format("15:04:05"), r.Pages, r.Took.Milliseconds())
	}
	fmt.Fprintf(stderr, "Đang dựng trang từ %s …\n", root)
	report(srv.Rebuild())
	fmt.Fprintf(stdout, "Xem thử tại %s (có cả bản nháp). Sửa và lưu tệp là trang tự tải lại. Nhấn Ctrl+C để dừng.\n", base)

	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	hs := &http.Server{Handler: srv, ReadHeaderTimeout: 5 * time.Second}
	go func() {
		<-ctx.Done()
		shut, cancel := context.WithTimeout(context.Background(), time.Second)
		defer cancel()
		hs.Shutdown(shut)
	}()
	go func() {
		if err := srv.Watch(ctx, report); err != nil {
			fmt.Fprintln(stderr, "Không theo dõi được thay đổi:", err)
		}
	}()
	if err := hs.Serve(ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	fmt.Fprintln(stdout, "Đã dừng xem thử.")
	return nil
}
