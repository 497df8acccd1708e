package main

import (
	"bufio"
	"fmt"
	"io"
	"runtime"
	"strings"
	"time"
)

// The server and the proxy notice the hang-up in the scheduler's order.
// tour:compare unordered

// conn is one end of an in-memory connection, like net.Pipe's (which
// the playground's clock cannot run: it starts the network poller).
type conn struct {
	*io.PipeReader
	*io.PipeWriter
}

// Close closes both directions: the other end reads EOF, and its
// writes fail.
func (c conn) Close() error {
	c.PipeReader.Close()
	return c.PipeWriter.Close()
}

func pipe() (conn, conn) {
	r1, w1 := io.Pipe()
	r2, w2 := io.Pipe()
	return conn{r2, w1}, conn{r1, w2}
}

// proxy runs two copiers, one each way. When either stops, it closes both
// connections, which stops the other, and waits for it.
func proxy(client, server io.ReadWriteCloser) {
	stopped := make(chan struct{}, 2)
	go func() {
		io.Copy(server, client)
		stopped <- struct{}{}
	}()
	go func() {
		io.Copy(client, server)
		stopped <- struct{}{}
	}()
	<-stopped // one side has ended
	client.Close()
	server.Close()
	<-stopped // and now the other copier has stopped too
	fmt.Println("proxy: both copiers stopped")
}

// shout is a server that answers every line in capitals until closed.
func shout(c io.ReadWriter) {
	lines := bufio.NewScanner(c)
	for lines.Scan() {
		if _, err := fmt.Fprintln(c, strings.ToUpper(lines.Text())); err != nil {
			break
		}
	}
	fmt.Println("server: connection closed")
}

func main() {
	fmt.Println("goroutines before:", runtime.NumGoroutine())
	client, proxyFront := pipe()
	proxyBack, server := pipe()
	go shout(server)
	go proxy(proxyFront, proxyBack)

	replies := bufio.NewReader(client)
	for _, word := range []string{"hello", "gophers"} {
		fmt.Fprintln(client, word)
		reply, _ := replies.ReadString('\n')
		fmt.Println("client got:", strings.TrimSpace(reply))
	}
	client.Close() // hang up
	time.Sleep(time.Millisecond)
	fmt.Println("goroutines after:", runtime.NumGoroutine())
}
