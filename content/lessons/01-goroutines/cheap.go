package main

import (
	"fmt"
	"runtime"
	"sync"
	"time"
)

func main() {
	const count = 100_000
	var wg sync.WaitGroup
	start := time.Now()

	for range count {
		wg.Add(1)
		go func() {
			defer wg.Done()
			time.Sleep(time.Second)
		}()
	}
	fmt.Println("goroutines alive:", runtime.NumGoroutine())

	wg.Wait()
	took := time.Since(start)
	fmt.Printf("all %d slept 1s; the program took %v\n", count, took)
}
