package main

import (
	"fmt"
	"sync"
	"time"
)

// resize resizes one photo, then reports its new size.
func resize(photo string, sizes chan<- string, wg *sync.WaitGroup) {
	defer wg.Done()
	time.Sleep(time.Millisecond) // the work
	sizes <- photo + ": 640x480"
}

func main() {
	photos := []string{"beach.jpg", "cat.jpg", "moon.jpg"}
	sizes := make(chan string)
	var wg sync.WaitGroup
	for _, photo := range photos {
		wg.Add(1)
		go resize(photo, sizes, &wg)
	}

	wg.Wait() // wait for every worker to finish...
	close(sizes)
	for size := range sizes { // ...then read their sizes
		fmt.Println(size)
	}
}
