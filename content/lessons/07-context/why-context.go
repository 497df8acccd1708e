package main

import (
	"context"
	"fmt"
	"time"
)

// indexFiles indexes one file every 100 ms, and asks before each one
// whether its caller still wants the work done.
func indexFiles(ctx context.Context, files []string) {
	for _, file := range files {
		select {
		case <-ctx.Done():
			fmt.Println("indexing stopped:", ctx.Err())
			return
		case <-time.After(100 * time.Millisecond):
		}
		fmt.Println("indexed", file)
	}
}

func main() {
	root := context.Background()
	fmt.Println("background: done() =", root.Done(), "err() =", root.Err())

	ctx, cancel := context.WithCancel(root)
	finished := make(chan struct{})
	go func() {
		defer close(finished)
		indexFiles(ctx, []string{"a.go", "b.go", "c.go", "d.go", "e.go"})
	}()

	time.Sleep(350 * time.Millisecond)
	fmt.Println("the user closed the window")
	cancel()
	<-finished
	fmt.Println("err() =", ctx.Err())
}
