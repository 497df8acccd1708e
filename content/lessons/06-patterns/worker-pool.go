package main

import (
	"fmt"
	"runtime"
	"strings"
	"sync"
	"time"
)

// Three workers finish at the same instant, in the scheduler's order.
// tour:compare unordered

// workerPool: n workers take jobs from one channel and send what work
// makes of them on another, which closes when every worker has stopped.
func workerPool[In, Out any](done <-chan struct{}, jobs <-chan In, n int, work func(In) Out) <-chan Out {
	results := make(chan Out)
	var wg sync.WaitGroup
	for range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				var job In
				select {
				case j, ok := <-jobs:
					if !ok {
						return // no more jobs
					}
					job = j
				case <-done:
					return
				}
				select {
				case results <- work(job):
				case <-done:
					return
				}
			}
		}()
	}
	go func() {
		wg.Wait()
		close(results)
	}()
	return results
}

// photos feeds the photos' names into a channel, until done.
func photos(done <-chan struct{}, n int) <-chan string {
	out := make(chan string)
	go func() {
		defer close(out)
		for i := 1; i <= n; i++ {
			select {
			case out <- fmt.Sprintf("photo%d.jpg", i):
			case <-done:
				return
			}
		}
	}()
	return out
}

func thumbnail(name string) string {
	time.Sleep(100 * time.Millisecond) // slow work
	return strings.Replace(name, ".jpg", "-small.jpg", 1)
}

func main() {
	start := time.Now()
	done := make(chan struct{})
	thumbs := workerPool(done, photos(done, 20), 3, thumbnail)
	fmt.Println("goroutines:", runtime.NumGoroutine())

	for range 6 {
		fmt.Println(<-thumbs, "at", time.Since(start))
	}
	close(done)             // six are enough: stop the pool
	time.Sleep(time.Second) // workers finish the photo in hand
	fmt.Println("goroutines after done:", runtime.NumGoroutine())
}
