<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name>ApiError</name>
    <message>
        <source>Could not connect to the cloud. Check the address and your network.</source>
        <translation>クラウドに接続できませんでした。アドレスとネットワークを確認してください。</translation>
    </message>
    <message>
        <source>The connection was lost before the cloud answered. The request may or may not have been carried out.</source>
        <translation>クラウドが応答する前に接続が切断されました。リクエストが実行されたかどうかは不明です。</translation>
    </message>
    <message>
        <source>The cloud did not answer in time. The request may or may not have been carried out.</source>
        <translation>クラウドが時間内に応答しませんでした。リクエストが実行されたかどうかは不明です。</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>キャンセルしました。</translation>
    </message>
    <message>
        <source>User, password or project not accepted.</source>
        <translation>ユーザー、パスワード、またはプロジェクトが受け入れられませんでした。</translation>
    </message>
    <message>
        <source>The cloud redirected the request; redirects are not followed for API calls.</source>
        <translation>クラウドがリクエストをリダイレクトしました。API呼び出しではリダイレクトに従いません。</translation>
    </message>
    <message>
        <source>The secure connection failed: the server&apos;s certificate was not accepted.</source>
        <translation>安全な接続に失敗しました: サーバの証明書が受け入れられませんでした。</translation>
    </message>
    <message>
        <source>The cloud sent an answer that could not be understood.</source>
        <translation>クラウドから解釈できない応答が返されました。</translation>
    </message>
    <message>
        <source>The cloud profile is incomplete: %1</source>
        <translation>クラウドプロファイルが不完全です: %1</translation>
    </message>
    <message>
        <source>You do not have the rights to perform this operation (HTTP 403).</source>
        <translation>この操作を実行する権限がありません（HTTP 403）。</translation>
    </message>
    <message>
        <source>The requested resource was not found (HTTP 404).</source>
        <translation>要求されたリソースが見つかりませんでした（HTTP 404）。</translation>
    </message>
    <message>
        <source>The cloud refused the request because of a conflict (HTTP 409).</source>
        <translation>競合のため、クラウドがリクエストを拒否しました（HTTP 409）。</translation>
    </message>
    <message>
        <source>The cloud is limiting requests (HTTP 429). Try again later.</source>
        <translation>クラウドがリクエストを制限しています（HTTP 429）。しばらくしてから再試行してください。</translation>
    </message>
    <message>
        <source>The cloud reported an internal error (HTTP %1).</source>
        <extracomment>%1 = HTTP status code</extracomment>
        <translation>クラウドで内部エラーが発生しました（HTTP %1）。</translation>
    </message>
    <message>
        <source>The cloud refused the request (HTTP %1).</source>
        <extracomment>%1 = HTTP status code</extracomment>
        <translation>クラウドがリクエストを拒否しました（HTTP %1）。</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <extracomment>%1 = sentence from the app, %2 = the cloud&apos;s error code, %3 = the cloud&apos;s message</extracomment>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>%1 = sentence from the app, %2 = the cloud&apos;s own message, verbatim</extracomment>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>Creates private server images on Huawei Cloud IMS and OpenStack and follows their jobs to the end.</source>
        <translation>Huawei Cloud IMSとOpenStackで仮想サーバのプライベートイメージを作成し、そのジョブを完了まで監視します。</translation>
    </message>
    <message>
        <source>User interface language for this run: %1.</source>
        <extracomment>Command line help. %1 = the language codes</extracomment>
        <translation>今回の起動で使用する表示言語: %1。</translation>
    </message>
    <message>
        <source>language</source>
        <comment>command line value name</comment>
        <translation>言語</translation>
    </message>
    <message>
        <source>Render a view offscreen against the demo cloud, save it as a PNG file and exit.</source>
        <translation>デモクラウドを使ってビューをオフスクリーンで描画し、PNGファイルに保存して終了します。</translation>
    </message>
    <message>
        <source>file</source>
        <comment>command line value name</comment>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>The view to show: %1.</source>
        <extracomment>Command line help. %1 = the view names</extracomment>
        <translation>表示するビュー: %1。</translation>
    </message>
    <message>
        <source>view</source>
        <comment>command line value name</comment>
        <translation>ビュー</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <extracomment>%1 = the unexpected argument</extracomment>
        <translation>予期しない引数: %1</translation>
    </message>
    <message>
        <source>Unknown language “%1”. Available: %2</source>
        <extracomment>%1 = the value given, %2 = the list of language codes</extracomment>
        <translation>不明な言語「%1」です。使用可能な言語: %2</translation>
    </message>
    <message>
        <source>Unknown view “%1”. Available: %2</source>
        <extracomment>%1 = the value given, %2 = the list of views</extracomment>
        <translation>不明なビュー「%1」です。使用可能なビュー: %2</translation>
    </message>
    <message>
        <source>--screenshot needs a file name.</source>
        <translation>--screenshotにはファイル名が必要です。</translation>
    </message>
</context>
<context>
    <name>CloudProfile</name>
    <message>
        <source>Demo cloud (local)</source>
        <translation>デモクラウド（ローカル）</translation>
    </message>
    <message>
        <source>Huawei Cloud</source>
        <translation>Huawei Cloud</translation>
    </message>
    <message>
        <source>Open Telekom Cloud</source>
        <translation>Open Telekom Cloud</translation>
    </message>
    <message>
        <source>FUJITSU FJcloud-O</source>
        <translation>FUJITSU FJcloud-O</translation>
    </message>
    <message>
        <source>OpenStack</source>
        <translation>OpenStack</translation>
    </message>
</context>
<context>
    <name>CreateImageWizard</name>
    <message>
        <source>Create Image</source>
        <translation>イメージを作成</translation>
    </message>
</context>
<context>
    <name>CreationMethods</name>
    <message>
        <source>System disk image from an ECS</source>
        <translation>ECSからシステムディスクイメージを作成</translation>
    </message>
    <message>
        <source>Data disk images from an ECS&apos;s data disks</source>
        <translation>ECSのデータディスクからデータディスクイメージを作成</translation>
    </message>
    <message>
        <source>Image from an external image file in an OBS bucket</source>
        <translation>OBSバケットの外部イメージファイルからイメージを作成</translation>
    </message>
    <message>
        <source>System disk image from a data disk</source>
        <translation>データディスクからシステムディスクイメージを作成</translation>
    </message>
    <message>
        <source>Image of a server (Nova createImage)</source>
        <translation>仮想サーバのイメージを作成（Nova createImage）</translation>
    </message>
    <message>
        <source>Image from a volume (Cinder upload to image)</source>
        <translation>ボリュームからイメージを作成（Cinder: イメージへのアップロード）</translation>
    </message>
    <message>
        <source>Create image metadata and upload an image file (Glance)</source>
        <translation>Glanceでイメージを作成（イメージメタデータを作成し、イメージファイルをアップロード）</translation>
    </message>
    <message>
        <source>IMS makes a private image of the ECS&apos;s system disk. Stop the ECS first for a consistent image.</source>
        <translation>IMSがECSのシステムディスクからプライベートイメージを作成します。整合性のあるイメージにするため、先にECSを停止してください。</translation>
    </message>
    <message>
        <source>IMS makes one data disk image from each selected data disk of an ECS.</source>
        <translation>IMSがECSの選択した各データディスクから、データディスクイメージを1つずつ作成します。</translation>
    </message>
    <message>
        <source>IMS imports an external image file that you uploaded to an OBS bucket.</source>
        <translation>IMSが、OBSバケットにアップロード済みの外部イメージファイルをインポートします。</translation>
    </message>
    <message>
        <source>IMS makes a system disk image from a data disk that holds an installed OS.</source>
        <translation>IMSが、OSがインストールされたデータディスクからシステムディスクイメージを作成します。</translation>
    </message>
    <message>
        <source>The compute service snapshots a server into a new image.</source>
        <translation>コンピュートサービスが仮想サーバのスナップショットを取得し、新しいイメージを作成します。</translation>
    </message>
    <message>
        <source>The block storage service copies a volume into a new image.</source>
        <translation>ブロックストレージサービスがボリュームを新しいイメージにコピーします。</translation>
    </message>
    <message>
        <source>Creates the image metadata, then uploads a local image file.</source>
        <translation>イメージメタデータを作成してから、ローカルのイメージファイルをアップロードします。</translation>
    </message>
</context>
<context>
    <name>DemoCloudLauncher</name>
    <message>
        <source>The demo cloud could not be started (%1).</source>
        <extracomment>%1 = path of the demo cloud program</extracomment>
        <translation>デモクラウドを起動できませんでした（%1）。</translation>
    </message>
    <message>
        <source>The demo cloud did not start in time.</source>
        <translation>デモクラウドが時間内に起動しませんでした。</translation>
    </message>
    <message>
        <source>The demo cloud printed an unexpected first line.</source>
        <translation>デモクラウドが予期しない最初の行を出力しました。</translation>
    </message>
    <message>
        <source>The demo cloud stopped unexpectedly.</source>
        <translation>デモクラウドが予期せず停止しました。</translation>
    </message>
    <message>
        <source>The demo cloud could not start (exit code %1).</source>
        <extracomment>%1 = exit code</extracomment>
        <translation>デモクラウドを起動できませんでした（終了コード%1）。</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Welcome to Imagewright</source>
        <translation>Imagewrightへようこそ</translation>
    </message>
    <message>
        <source>There is no cloud profile yet. The demo cloud runs on this computer and answers like Huawei Cloud IMS and OpenStack Nova, Cinder and Glance. It makes no real images and needs no account.</source>
        <translation>クラウドプロファイルはまだありません。デモクラウドはこのコンピューター上で動作し、Huawei Cloud IMSおよびOpenStackのNova、Cinder、Glanceと同じように応答します。実際のイメージは作成されず、アカウントも不要です。</translation>
    </message>
    <message>
        <source>Demo cloud (local)</source>
        <translation>デモクラウド（ローカル）</translation>
    </message>
    <message>
        <source>Start the bundled demo cloud and try every step with it.</source>
        <translation>同梱のデモクラウドを起動して、すべての手順を試します。</translation>
    </message>
    <message>
        <source>Profiles for real clouds (Huawei Cloud, Open Telekom Cloud, FJcloud-O, OpenStack) come with the profile editor.</source>
        <translation>実際のクラウド（Huawei Cloud、Open Telekom Cloud、FJcloud-O、OpenStack）のプロファイルは、プロファイルエディターの提供後に作成できるようになります。</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>後で(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
</context>
<context>
    <name>ImageRules</name>
    <message>
        <source>Enter a name.</source>
        <translation>名前を入力してください。</translation>
    </message>
    <message>
        <source>The name can have at most %1 characters (now %2).</source>
        <extracomment>%1 = maximum number of characters, %2 = current number</extracomment>
        <translation>名前は%1文字以内で入力してください（現在%2文字）。</translation>
    </message>
    <message>
        <source>The name cannot start or end with a space.</source>
        <translation>名前の先頭と末尾にはスペースを使用できません。</translation>
    </message>
    <message>
        <source>The name can contain only letters (A–Z, a–z), digits, hyphens (-), periods (.), underscores (_) and spaces; &quot;%1&quot; is not allowed.</source>
        <extracomment>%1 = the character that is not allowed</extracomment>
        <translation>名前に使用できるのは英字（A–Z、a–z）、数字、ハイフン（-）、ピリオド（.）、アンダースコア（_）、スペースのみです。「%1」は使用できません。</translation>
    </message>
    <message>
        <source>The description can have at most %1 characters (now %2).</source>
        <extracomment>%1 = maximum number of characters, %2 = current number</extracomment>
        <translation>説明は%1文字以内で入力してください（現在%2文字）。</translation>
    </message>
    <message>
        <source>The description cannot contain line breaks.</source>
        <translation>説明には改行を使用できません。</translation>
    </message>
    <message>
        <source>The description cannot contain angle brackets (&lt; &gt;).</source>
        <translation>説明には山括弧（&lt; &gt;）を使用できません。</translation>
    </message>
    <message>
        <source>Enter a tag key.</source>
        <translation>タグのキーを入力してください。</translation>
    </message>
    <message>
        <source>A tag key can have at most %1 characters.</source>
        <extracomment>%1 = maximum number of characters</extracomment>
        <translation>タグのキーは%1文字以内で入力してください。</translation>
    </message>
    <message>
        <source>A tag key cannot contain &quot;.&quot; or &quot;=&quot;.</source>
        <translation>タグのキーには「.」や「=」を使用できません。</translation>
    </message>
    <message>
        <source>A tag value can have at most %1 characters.</source>
        <extracomment>%1 = maximum number of characters</extracomment>
        <translation>タグの値は%1文字以内で入力してください。</translation>
    </message>
    <message>
        <source>Memory sizes cannot be negative.</source>
        <translation>メモリサイズに負の値は指定できません。</translation>
    </message>
    <message>
        <source>The maximum memory must be at least the minimum memory.</source>
        <translation>最大メモリは最小メモリ以上にしてください。</translation>
    </message>
    <message>
        <source>Each tag key can be used only once.</source>
        <translation>同じタグのキーは1回しか使用できません。</translation>
    </message>
</context>
<context>
    <name>ImsEcsPage</name>
    <message>
        <source>System Disk Image from an ECS</source>
        <translation>ECSからシステムディスクイメージを作成</translation>
    </message>
    <message>
        <source>IMS makes a private image of the ECS&apos;s system disk. Name and description follow the Image Management Service rules.</source>
        <translation>IMSがECSのシステムディスクからプライベートイメージを作成します。名前と説明にはイメージ管理サービス（IMS）の規則が適用されます。</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <comment>image name</comment>
        <translation>イメージの名前(&amp;N):</translation>
    </message>
    <message>
        <source>1–128 letters, digits, spaces, - . _</source>
        <translation>1～128文字の英数字、スペース、- . _</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>説明(&amp;D):</translation>
    </message>
    <message>
        <source>Optional</source>
        <comment>placeholder of an optional field</comment>
        <translation>省略可</translation>
    </message>
    <message>
        <source>M&amp;inimum memory (MB):</source>
        <translation>最小メモリ (MB)(&amp;I):</translation>
    </message>
    <message>
        <source>Ma&amp;ximum memory (MB):</source>
        <translation>最大メモリ (MB)(&amp;X):</translation>
    </message>
    <message>
        <source>Not set</source>
        <comment>memory limit left out of the request</comment>
        <translation>未設定</translation>
    </message>
    <message>
        <source>&amp;Enterprise project ID:</source>
        <translation>エンタープライズプロジェクトID(&amp;E):</translation>
    </message>
    <message>
        <source>Tags</source>
        <comment>group box title</comment>
        <translation>タグ</translation>
    </message>
    <message>
        <source>ECS</source>
        <comment>group box title: the server the image is made from</comment>
        <translation>ECS</translation>
    </message>
</context>
<context>
    <name>ImsEcsRequest</name>
    <message>
        <source>Choose the ECS to make the image from.</source>
        <translation>イメージの作成元のECSを選択してください。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a text.</source>
        <translation>「%1」は文字列で指定してください。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a whole number.</source>
        <translation>「%1」は整数で指定してください。</translation>
    </message>
    <message>
        <source>Use either tags or image_tags, not both.</source>
        <translation>タグはtagsとimage_tagsのどちらか一方で指定してください（両方は指定できません）。</translation>
    </message>
    <message>
        <source>data_images belongs to the data disk image method, not to this one.</source>
        <translation>data_imagesはデータディスクイメージの作成方法で使用するもので、この方法では使用できません。</translation>
    </message>
</context>
<context>
    <name>JobDetailsPane</name>
    <message>
        <source>Select an image job to see its details.</source>
        <translation>詳細を表示するには、イメージ作成ジョブを選択してください。</translation>
    </message>
    <message>
        <source>Image name:</source>
        <translation>イメージの名前:</translation>
    </message>
    <message>
        <source>Method:</source>
        <translation>作成方法:</translation>
    </message>
    <message>
        <source>Cloud:</source>
        <translation>クラウド:</translation>
    </message>
    <message>
        <source>Status:</source>
        <comment>job status</comment>
        <translation>状態:</translation>
    </message>
    <message>
        <source>Progress:</source>
        <translation>進捗:</translation>
    </message>
    <message>
        <source>Job ID:</source>
        <translation>ジョブID:</translation>
    </message>
    <message>
        <source>Marker tag:</source>
        <translation>マーカータグ:</translation>
    </message>
    <message>
        <source>Created at:</source>
        <translation>作成日時:</translation>
    </message>
    <message>
        <source>Finished at:</source>
        <translation>完了日時:</translation>
    </message>
    <message>
        <source>Image ID:</source>
        <translation>イメージID:</translation>
    </message>
    <message>
        <source>Error code:</source>
        <translation>エラーコード:</translation>
    </message>
    <message>
        <source>Failure reason:</source>
        <translation>失敗理由:</translation>
    </message>
    <message>
        <source>Timeline</source>
        <comment>tab</comment>
        <translation>タイムライン</translation>
    </message>
    <message>
        <source>Last response</source>
        <translation>最新の応答</translation>
    </message>
    <message>
        <source>Time</source>
        <comment>timeline column</comment>
        <translation>時刻</translation>
    </message>
    <message>
        <source>Event</source>
        <comment>timeline column</comment>
        <translation>イベント</translation>
    </message>
    <message>
        <source>%1 (cloud: %2)</source>
        <extracomment>Job status in the details pane. %1 = our status, %2 = the cloud&apos;s raw status (RUNNING, FAIL, ...)</extracomment>
        <translation>%1（クラウド: %2）</translation>
    </message>
    <message>
        <source>%1 %</source>
        <extracomment>Progress as a percentage. %1 = the number</extracomment>
        <translation>%1%</translation>
    </message>
    <message>
        <source>%1 (task: %2)</source>
        <extracomment>%1 = percentage text (may be empty), %2 = the cloud&apos;s current task name, verbatim</extracomment>
        <translation>%1（タスク: %2）</translation>
    </message>
    <message>
        <source>Copy</source>
        <comment>copy an image ID to the clipboard</comment>
        <translation>コピー</translation>
    </message>
    <message>
        <source>Copy the image ID to the clipboard</source>
        <translation>イメージIDをクリップボードにコピーします</translation>
    </message>
</context>
<context>
    <name>JobMonitor</name>
    <message>
        <source>The app stopped before the cloud answered the create request; it may or may not have been carried out.</source>
        <translation>クラウドが作成リクエストに応答する前にアプリが終了しました。リクエストが実行されたかどうかは不明です。</translation>
    </message>
    <message>
        <source>Create request being sent</source>
        <translation>作成リクエストを送信中</translation>
    </message>
    <message>
        <source>the job history could not be saved (%1), so nothing was sent</source>
        <extracomment>%1 = file system error</extracomment>
        <translation>ジョブ履歴を保存できなかったため（%1）、何も送信していません</translation>
    </message>
    <message>
        <source>Accepted by the cloud as job %1</source>
        <extracomment>%1 = the cloud&apos;s job ID</extracomment>
        <translation>クラウドがジョブ%1として受け付けました</translation>
    </message>
    <message>
        <source>the answer carried no job_id</source>
        <translation>応答にjob_idが含まれていません</translation>
    </message>
    <message>
        <source>Outcome unknown: %1</source>
        <translation>結果不明: %1</translation>
    </message>
    <message>
        <source>Following job %1</source>
        <extracomment>%1 = the cloud&apos;s job ID</extracomment>
        <translation>ジョブ%1を監視しています</translation>
    </message>
    <message>
        <source>Could not ask the cloud: %1</source>
        <translation>クラウドに問い合わせできませんでした: %1</translation>
    </message>
    <message>
        <source>Stopped watching. The cloud cannot cancel this work and carries on with it.</source>
        <translation>監視を停止しました。クラウドはこの処理をキャンセルできないため、処理は続行されます。</translation>
    </message>
</context>
<context>
    <name>JobMonitorView</name>
    <message>
        <source>&amp;Show:</source>
        <translation>表示(&amp;S):</translation>
    </message>
    <message>
        <source>All jobs</source>
        <comment>job filter</comment>
        <translation>すべてのジョブ</translation>
    </message>
    <message>
        <source>Running</source>
        <comment>job filter</comment>
        <translation>実行中</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <comment>job filter</comment>
        <translation>成功</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <comment>job filter</comment>
        <translation>要確認</translation>
    </message>
    <message>
        <source>No image jobs yet.
Choose “Create image…” to make a private image; its job appears here and is followed until the cloud reports the end.</source>
        <translation>イメージ作成ジョブはまだありません。
「イメージを作成…」を選択してプライベートイメージを作成してください。ジョブはここに表示され、クラウドが終了を報告するまで監視されます。</translation>
    </message>
    <message>
        <source>&amp;Copy Image ID</source>
        <translation>イメージIDをコピー(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Retry Poll</source>
        <translation>ポーリングを再試行(&amp;R)</translation>
    </message>
    <message>
        <source>Ask the cloud about this job now</source>
        <translation>このジョブの状態を今すぐクラウドに問い合わせます</translation>
    </message>
    <message>
        <source>&amp;Stop Watching</source>
        <translation>監視を停止(&amp;S)</translation>
    </message>
    <message>
        <source>Stop asking the cloud about this job. The cloud keeps working on it.</source>
        <translation>このジョブについてクラウドへの問い合わせを停止します。クラウドでの処理は続行されます。</translation>
    </message>
    <message>
        <source>Remove from &amp;History</source>
        <translation>履歴から削除(&amp;H)</translation>
    </message>
    <message>
        <source>Stop watching “%1”?</source>
        <extracomment>%1 = image name</extracomment>
        <translation>「%1」の監視を停止しますか？</translation>
    </message>
    <message>
        <source>Imagewright will stop asking the cloud about this job. The cloud cannot cancel an image job and keeps working on it: the image may still appear in the cloud&apos;s image list.</source>
        <translation>Imagewrightはこのジョブについてクラウドへの問い合わせを停止します。クラウドではイメージ作成ジョブをキャンセルできないため、処理は続行されます。イメージが後でクラウドのイメージ一覧に表示される場合があります。</translation>
    </message>
    <message>
        <source>Remove “%1” from the history?</source>
        <extracomment>%1 = image name</extracomment>
        <translation>「%1」を履歴から削除しますか？</translation>
    </message>
    <message>
        <source>This job is still running on the cloud. Removing it only removes it from this list; the cloud keeps working on it.</source>
        <translation>このジョブはクラウドでまだ実行中です。削除してもこの一覧から消えるだけで、クラウドでの処理は続行されます。</translation>
    </message>
    <message>
        <source>Filter by image name, image ID, cloud or status</source>
        <translation>イメージの名前、イメージID、クラウド、状態で絞り込み</translation>
    </message>
    <message>
        <source>Failed or stopped</source>
        <comment>job filter: failed, or no longer watched</comment>
        <translation>失敗または監視停止</translation>
    </message>
</context>
<context>
    <name>JobRecord</name>
    <message>
        <source>Submitting</source>
        <translation>送信中</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>実行中</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>監視停止</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>要確認</translation>
    </message>
</context>
<context>
    <name>JobTableModel</name>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 = the cloud&apos;s error code, %2 = the cloud&apos;s failure reason (verbatim)</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Stopped watching</source>
        <translation>監視を停止しました</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>%1 = our state word, %2 = the cloud&apos;s raw status such as RUNNING</extracomment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>作成方法</translation>
    </message>
    <message>
        <source>Cloud</source>
        <translation>クラウド</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>進捗</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>開始日時</translation>
    </message>
    <message>
        <source>Elapsed</source>
        <translation>経過時間</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
</context>
<context>
    <name>KeychainStore</name>
    <message>
        <source>The keychain did not answer in time.</source>
        <translation>キーチェーンが時間内に応答しませんでした。</translation>
    </message>
</context>
<context>
    <name>KeystoneSession</name>
    <message>
        <source>the identity service sent no token or no expiry time</source>
        <translation>認証サービスからトークンまたは有効期限が返されませんでした</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Imagewright</source>
        <translation>Imagewright</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Job</source>
        <comment>menu</comment>
        <translation>ジョブ(&amp;J)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <comment>menu</comment>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>言語(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>メインツールバー</translation>
    </message>
    <message>
        <source>&amp;Create Image…</source>
        <translation>イメージを作成(&amp;C)…</translation>
    </message>
    <message>
        <source>Create a private image (Ctrl+N)</source>
        <translation>プライベートイメージを作成 (Ctrl+N)</translation>
    </message>
    <message>
        <source>Start &amp;Demo Cloud (local)</source>
        <translation>デモクラウド（ローカル）を起動(&amp;D)</translation>
    </message>
    <message>
        <source>Cloud &amp;Profiles…</source>
        <translation>クラウドプロファイル(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;About Imagewright</source>
        <translation>Imagewrightについて(&amp;A)</translation>
    </message>
    <message>
        <source>No cloud profile</source>
        <translation>クラウドプロファイルなし</translation>
    </message>
    <message>
        <source>Profile: %1</source>
        <extracomment>Status bar. %1 = cloud profile name</extracomment>
        <translation>プロファイル: %1</translation>
    </message>
    <message>
        <source>Profile: %1 (%2)</source>
        <extracomment>Status bar. %1 = cloud profile name, %2 = region</extracomment>
        <translation>プロファイル: %1（%2）</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>未接続</translation>
    </message>
    <message>
        <source>Starting the demo cloud…</source>
        <translation>デモクラウドを起動しています…</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>接続しています…</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>接続済み</translation>
    </message>
    <message>
        <source>Connection failed</source>
        <translation>接続に失敗しました</translation>
    </message>
    <message>
        <source>Create image needs a cloud profile: start the demo cloud from the File menu.</source>
        <translation>「イメージを作成」にはクラウドプロファイルが必要です。「ファイル」メニューからデモクラウドを起動してください。</translation>
    </message>
    <message numerus="yes">
        <source>%n image job(s) running</source>
        <extracomment>Status bar. %n = image jobs still running on the cloud</extracomment>
        <translation>
            <numerusform>実行中のイメージ作成ジョブ: %n件</numerusform>
        </translation>
    </message>
    <message>
        <source>About Imagewright</source>
        <translation>Imagewrightについて</translation>
    </message>
    <message>
        <source>Imagewright %1

Creates private server images on Huawei Cloud IMS and OpenStack (Nova, Cinder, Glance) and follows every image job until the cloud reports its end.</source>
        <extracomment>%1 = version number</extracomment>
        <translation>Imagewright %1

Huawei Cloud IMSおよびOpenStack（Nova、Cinder、Glance）で仮想サーバのプライベートイメージを作成し、クラウドが終了を報告するまで各イメージ作成ジョブを監視します。</translation>
    </message>
</context>
<context>
    <name>MethodPage</name>
    <message>
        <source>This version of Imagewright does not build it yet.</source>
        <translation>このバージョンのImagewrightは、この方法にまだ対応していません。</translation>
    </message>
    <message>
        <source>No cloud profile is selected.</source>
        <translation>クラウドプロファイルが選択されていません。</translation>
    </message>
    <message>
        <source>%1 clouds have no Image Management Service (IMS).</source>
        <extracomment>%1 = cloud family, e.g. &quot;FJcloud-O&quot; or &quot;OpenStack&quot;</extracomment>
        <translation>%1のクラウドにはイメージ管理サービス（IMS）がありません。</translation>
    </message>
    <message>
        <source>The cloud&apos;s service catalog lists no “%1” service.</source>
        <extracomment>%1 = a service type of the Keystone catalog, e.g. &quot;image&quot; or &quot;volumev3&quot;</extracomment>
        <translation>クラウドのサービスカタログに「%1」サービスがありません。</translation>
    </message>
    <message>
        <source>Create Image</source>
        <translation>イメージを作成</translation>
    </message>
    <message>
        <source>Choose how the private image is made.</source>
        <translation>プライベートイメージの作成方法を選択してください。</translation>
    </message>
    <message>
        <source>Unavailable: %1</source>
        <extracomment>Shown under a creation method that cannot be chosen. %1 = the reason(s)</extracomment>
        <translation>利用不可: %1</translation>
    </message>
    <message>
        <source>Checking which services the cloud offers…</source>
        <translation>クラウドが提供するサービスを確認しています…</translation>
    </message>
</context>
<context>
    <name>ProfilesDialog</name>
    <message>
        <source>Cloud Profiles</source>
        <translation>クラウドプロファイル</translation>
    </message>
    <message>
        <source>The cloud profiles saved on this computer. Passwords are kept in the system keychain, never here.</source>
        <translation>このコンピューターに保存されているクラウドプロファイルです。パスワードはここではなく、システムのキーチェーンに保管されます。</translation>
    </message>
    <message>
        <source>Name</source>
        <comment>profile name</comment>
        <translation>名前</translation>
    </message>
    <message>
        <source>Cloud</source>
        <comment>profile list column</comment>
        <translation>クラウド</translation>
    </message>
    <message>
        <source>Region</source>
        <comment>profile list column</comment>
        <translation>リージョン</translation>
    </message>
    <message>
        <source>Project</source>
        <comment>profile list column</comment>
        <translation>プロジェクト</translation>
    </message>
    <message>
        <source>User</source>
        <comment>profile list column</comment>
        <translation>ユーザー</translation>
    </message>
    <message>
        <source>Identity URL</source>
        <translation>認証URL</translation>
    </message>
    <message>
        <source>The profile in use</source>
        <translation>使用中のプロファイル</translation>
    </message>
</context>
<context>
    <name>RestJob</name>
    <message>
        <source>the service catalog has no &quot;%1&quot; endpoint for this region</source>
        <extracomment>%1 = a service type such as &quot;compute&quot; or &quot;image&quot;</extracomment>
        <translation>サービスカタログにこのリージョンの「%1」エンドポイントがありません</translation>
    </message>
    <message>
        <source>invalid address &quot;%1&quot;</source>
        <translation>無効なアドレス「%1」</translation>
    </message>
    <message>
        <source>%1 is not an address of the cloud&apos;s service catalog</source>
        <extracomment>%1 = a URL</extracomment>
        <translation>%1はクラウドのサービスカタログに含まれるアドレスではありません</translation>
    </message>
    <message>
        <source>no complete answer in time</source>
        <translation>時間内に完全な応答がありませんでした</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Request ID: %1</source>
        <extracomment>%1 = the request ID the cloud returned, for a support ticket</extracomment>
        <translation>リクエストID: %1</translation>
    </message>
    <message>
        <source>Review</source>
        <comment>wizard page title</comment>
        <translation>確認</translation>
    </message>
    <message>
        <source>This is the request Create sends, exactly. The cloud then works on the image as an asynchronous job, which the monitor follows.</source>
        <translation>［作成］で送信されるリクエストそのものです。その後、クラウドはイメージを非同期ジョブとして処理し、ジョブモニターがそれを監視します。</translation>
    </message>
    <message>
        <source>Create</source>
        <comment>create the image</comment>
        <translation>作成</translation>
    </message>
    <message>
        <source>Method:</source>
        <translation>作成方法:</translation>
    </message>
    <message>
        <source>&amp;Request:</source>
        <translation>リクエスト(&amp;R):</translation>
    </message>
    <message>
        <source>Sending the request to the cloud…</source>
        <translation>クラウドにリクエストを送信しています…</translation>
    </message>
    <message>
        <source>Imagewright adds the tag %1 so that it can find this job again if the cloud&apos;s answer is lost on the way.</source>
        <extracomment>%1 = the marker tag, e.g. imagewright_op=1b2c...</extracomment>
        <translation>Imagewrightはタグ%1を追加します。これにより、クラウドの応答が途中で失われても、このジョブを再び見つけることができます。</translation>
    </message>
</context>
<context>
    <name>ScreenshotRunner</name>
    <message numerus="yes">
        <source>The demo cloud&apos;s data did not all arrive within %n second(s); the screenshot shows what had arrived.</source>
        <extracomment>--screenshot mode, on stderr. %n = seconds waited</extracomment>
        <translation>
            <numerusform>デモクラウドのデータが%n秒以内にすべて届きませんでした。スクリーンショットには、届いた分だけが表示されています。</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not create a temporary folder: %1</source>
        <extracomment>%1 = the system&apos;s error text</extracomment>
        <translation>一時フォルダーを作成できませんでした: %1</translation>
    </message>
    <message>
        <source>The wizard could not be opened: there is no cloud profile.</source>
        <translation>ウィザードを開けませんでした: クラウドプロファイルがありません。</translation>
    </message>
    <message>
        <source>Could not save the screenshot to %1.</source>
        <extracomment>%1 = file path</extracomment>
        <translation>スクリーンショットを%1に保存できませんでした。</translation>
    </message>
</context>
<context>
    <name>ServerPicker</name>
    <message>
        <source>No cloud profile is selected.</source>
        <translation>クラウドプロファイルが選択されていません。</translation>
    </message>
    <message>
        <source>The cloud&apos;s server list could not be read (%1).</source>
        <extracomment>%1 = technical detail of what was wrong in the answer</extracomment>
        <translation>クラウドの仮想サーバ一覧を読み取れませんでした（%1）。</translation>
    </message>
    <message>
        <source>Running: stop it for a consistent image</source>
        <translation>実行中: 整合性のあるイメージにするには停止してください</translation>
    </message>
    <message>
        <source>IMS makes images only of a stopped or running ECS; this one is %1.</source>
        <extracomment>%1 = the server&apos;s status as the cloud reports it (ERROR, BUILD, ...)</extracomment>
        <translation>IMSがイメージを作成できるのは、停止中または実行中のECSのみです。このECSの状態は%1です。</translation>
    </message>
    <message>
        <source>A task is in progress on this ECS (%1); IMS refuses it until the task ends.</source>
        <extracomment>%1 = the task the cloud reports for the server (image_snapshot, rebooting, ...)</extracomment>
        <translation>このECSではタスクが進行中です（%1）。タスクが終了するまで、IMSはこのECSを受け付けません。</translation>
    </message>
    <message>
        <source>Sea&amp;rch:</source>
        <translation>検索(&amp;R):</translation>
    </message>
    <message>
        <source>Name, status or ID</source>
        <translation>名前、状態、ID</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>更新(&amp;F)</translation>
    </message>
    <message>
        <source>Name</source>
        <comment>server name</comment>
        <translation>名前</translation>
    </message>
    <message>
        <source>Status</source>
        <comment>server status column</comment>
        <translation>状態</translation>
    </message>
    <message>
        <source>ID</source>
        <comment>server ID column</comment>
        <translation>ID</translation>
    </message>
    <message>
        <source>Note</source>
        <comment>why a server can&apos;t be used</comment>
        <translation>備考</translation>
    </message>
    <message>
        <source>Loading the ECS list from the cloud…</source>
        <translation>クラウドからECS一覧を読み込んでいます…</translation>
    </message>
    <message>
        <source>The ECS list could not be loaded.</source>
        <translation>ECS一覧を読み込めませんでした。</translation>
    </message>
    <message numerus="yes">
        <source>%n ECS(s) listed, %1 usable for an image.</source>
        <extracomment>%n = ECSs listed; %1 = how many of them IMS can use</extracomment>
        <translation>
            <numerusform>%n台のECSを表示中。イメージ作成に使用できるのは%1台です。</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is running. IMS accepts a running ECS, but stop it first for a consistent image: files being written while the image is made may be captured half-way.</source>
        <extracomment>%1 = server name</extracomment>
        <translation>「%1」は実行中です。IMSは実行中のECSも受け付けますが、整合性のあるイメージにするため、先に停止してください。イメージ作成中に書き込まれているファイルが、書き込み途中の状態で取り込まれる可能性があります。</translation>
    </message>
</context>
<context>
    <name>SubmittedPage</name>
    <message>
        <source>Image Job Sent</source>
        <translation>イメージ作成ジョブを送信しました</translation>
    </message>
    <message>
        <source>The job monitor follows the job until the image is ready or the cloud reports a failure. You can close this wizard; closing the app does not stop the job on the cloud.</source>
        <translation>ジョブモニターは、イメージが使用可能になるか、クラウドが失敗を報告するまでジョブを監視します。このウィザードは閉じてもかまいません。アプリを終了しても、クラウド上のジョブは停止しません。</translation>
    </message>
    <message>
        <source>The cloud&apos;s answer to the create of “%1” was lost on the way. Imagewright looks for the job by its marker tag; the monitor shows what it finds.</source>
        <extracomment>%1 = image name</extracomment>
        <translation>「%1」の作成に対するクラウドの応答が途中で失われました。Imagewrightはマーカータグでジョブを検索し、見つかった内容をジョブモニターに表示します。</translation>
    </message>
    <message>
        <source>The cloud accepted the request for “%1”.</source>
        <extracomment>%1 = image name</extracomment>
        <translation>クラウドが「%1」のリクエストを受け付けました。</translation>
    </message>
    <message>
        <source>Job ID: %1</source>
        <extracomment>%1 = the cloud&apos;s job ID</extracomment>
        <translation>ジョブID: %1</translation>
    </message>
</context>
<context>
    <name>TagEditor</name>
    <message>
        <source>Key</source>
        <comment>tag key</comment>
        <translation>キー</translation>
    </message>
    <message>
        <source>Value</source>
        <comment>tag value</comment>
        <translation>値</translation>
    </message>
    <message>
        <source>&amp;Add Tag</source>
        <translation>タグを追加(&amp;A)</translation>
    </message>
    <message>
        <source>Re&amp;move Tag</source>
        <translation>タグを削除(&amp;M)</translation>
    </message>
    <message>
        <source>Send as:</source>
        <translation>送信形式:</translation>
    </message>
    <message>
        <source>image_tags (key/value objects)</source>
        <translation>image_tags（キー/値オブジェクト）</translation>
    </message>
    <message>
        <source>tags (&quot;key.value&quot; strings)</source>
        <translation>tags（&quot;key.value&quot;形式のタグ）</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <extracomment>Tag validation. %1 = row number in the tag table, %2 = the message for that row</extracomment>
        <translation>%1行目: %2</translation>
    </message>
    <message>
        <source>No tags are set.</source>
        <translation>タグは設定されていません。</translation>
    </message>
    <message>
        <source>Sent as: %1</source>
        <extracomment>Preview of the tags in the request. %1 = field name and JSON, e.g. &quot;tags&quot;: [&quot;a.b&quot;]</extracomment>
        <translation>送信内容: %1</translation>
    </message>
</context>
</TS>
