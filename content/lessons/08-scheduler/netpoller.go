package main

import (
	"fmt"
	"runtime"
	"time"
)

// fetch stands in for a request over the network: the answer arrives
// after latency, and until then the goroutine waits.
func fetch(id int, latency time.Duration) int {
	time.Sleep(latency)
	return id
}

func main() {
	runtime.GOMAXPROCS(1) // a single P for everything
	start := time.Now()
	answers := make(chan int)

	for id := range 1000 {
		latency := time.Duration(50+id%50) * time.Millisecond // 50-99ms
		go func() { answers <- fetch(id, latency) }()
	}
	fmt.Println("waiting:", runtime.NumGoroutine()-1, "goroutines")

	sum := 0
	for range 1000 {
		sum += <-answers
	}
	fmt.Println("answers:", 1000, "(ids add up to", fmt.Sprint(sum)+")")
	fmt.Println("took:", time.Since(start))
}
